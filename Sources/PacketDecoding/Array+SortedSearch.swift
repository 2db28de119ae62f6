extension Array where Element: Comparable {
    /// Whether this array, sorted ascending, holds `value` (a binary search).
    func sortedContains(_ value: Element) -> Bool {
        var (lower, upper) = (0, count)
        while lower < upper {
            let middle = (lower + upper) / 2
            if self[middle] < value {
                lower = middle + 1
            } else {
                upper = middle
            }
        }
        return lower < count && self[lower] == value
    }
}
