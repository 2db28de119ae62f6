print("swfollow-conformance")
