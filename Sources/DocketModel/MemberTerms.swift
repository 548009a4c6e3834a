/// A person's terms changed as a committee's secretary changes them: a new term
/// from a day ends the running one the day before; ending a term closes the running one.
public enum MemberTerms {
    /// The terms with `term` added; a term running on its first day ends the day before.
    public static func starting(_ term: MembershipTerm, after terms: [MembershipTerm]) -> [MembershipTerm] {
        let dayBefore = CalendarDate.adding(days: -1, to: term.from) ?? term.from
        let closed = terms.map { existing -> MembershipTerm in
            guard existing.from < term.from, existing.to.map({ $0 >= term.from }) ?? true else { return existing }
            var ended = existing
            ended.to = dayBefore
            return ended
        }
        return (closed + [term]).sorted { $0.from < $1.from }
    }

    /// The terms with the one running on `day` ending then; nil when none runs.
    public static func ending(_ terms: [MembershipTerm], on day: String) -> [MembershipTerm]? {
        guard let index = terms.lastIndex(where: { $0.from <= day && ($0.to.map { day <= $0 } ?? true) }) else { return nil }
        var ended = terms
        ended[index].to = day
        return ended
    }
}
