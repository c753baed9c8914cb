/// The nurse's roster on screen: a row a learner's planned topic, who needs the nurse first at the top.
package struct RosterView: Sendable, Equatable {
    package struct Row: Sendable, Equatable {
        /// "Ana Ruiz: Immunotherapy · 12 December (6 days left) · behind".
        package var heading: String
        /// "SAFETY ALERT: answered wrong while sure: …", one a point.
        package var alerts: [String]
        /// Readiness, teach-back, last session.
        package var lines: [String]
    }

    package var rows: [Row]
}
