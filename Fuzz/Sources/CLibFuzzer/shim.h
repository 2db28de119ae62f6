// libFuzzer's own driver, which the toolchain's `-sanitize=fuzzer` links (compiler-rt's
// FuzzerInterface.h declares it; the toolchain installs no header for it).
#include <stddef.h>
#include <stdint.h>

/// Runs libFuzzer with the command line `argc`/`argv` (its flags, corpus directories or inputs
/// to replay), calling `UserCb` with each input. Returns the process exit status libFuzzer chose.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*UserCb)(const uint8_t *Data, size_t Size));
