extension Strings {
    /// How help and hints write a key: the names on Swedish keyboards in Swedish.
    public func keyLabel(_ key: Key) -> String {
        guard language == .swedish else { return key.label }
        switch key {
        case .character(" "): return "Mellanslag"
        case .backspace: return "Backsteg"
        case .backTab: return "Skift-Tab"
        case .character, .control, .up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .enter, .escape, .delete, .tab:
            return key.label
        }
    }
}
