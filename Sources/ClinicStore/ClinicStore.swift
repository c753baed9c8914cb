import Foundation
import LearnerModel
import Scheduling

/// The clinic's learner store: the same records as the SQLite store, on a PostgreSQL server every station shares.
///
/// Every answer is one transaction, committed with `synchronous_commit` on before `recordAnswer` returns. A learner's
/// review state is written under a row lock (`SELECT … FOR UPDATE`), so two stations answering for one learner at
/// once never overwrite each other's state. Schema changes are migrations, one transaction each, recorded in
/// `teachback_schema`; a server with a newer schema is refused untouched.
package final class ClinicStore: LearnerDatabase {
    let connection: ClinicConnection
    package let location: ClinicLocation
    /// An answer whose COMMIT got no reply (the server went away) and could not be checked: it was reported as not
    /// saved, so if the server did commit it, it is taken out at the next connection. Never both, never silent.
    var unconfirmedAttempt: AnswerRecord?
    /// The station and OS user this store's audit events name.
    package var auditContext = AuditContext.current()

    /// Opens the server's store, migrating its schema if needed. `schema` gives it a schema of its own (tests).
    package static func open(_ location: ClinicLocation, schema: String? = nil) throws(StoreError) -> ClinicStore {
        let store = ClinicStore(
            connection: try ClinicConnection(location: location, schema: schema), location: location)
        try store.migrate()
        return store
    }

    init(connection: ClinicConnection, location: ClinicLocation) {
        self.connection = connection
        self.location = location
    }

    package func close() { connection.close() }

    var place: String { location.description }
}
