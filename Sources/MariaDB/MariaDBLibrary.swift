import CMariaDB
import NIOPosix

/// Process- and thread-level initialisation that Connector/C requires.
///
/// `mysql_library_init` is not thread-safe, so it runs exactly once (Swift initialises
/// static lets atomically) before any connection exists. Every thread that calls into
/// the client must call `mysql_thread_init` first; the client's threads are the workers of
/// the pools' `NIOThreadPool`s, so each blocking work item calls `prepareCurrentThread()`,
/// which does that once per thread; `mysql_thread_end` runs when such a thread exits.
enum MariaDBLibrary {
    /// True once `mysql_library_init` succeeded.
    private static let libraryInitialized: Bool = mysql_server_init(0, nil, nil) == 0

    /// Marker object stored per thread after `mysql_thread_init`. The thread-specific
    /// variable releases it when its thread exits (pthread key destructor, on that thread),
    /// which is when `mysql_thread_end` belongs.
    private final class ThreadMarker: Sendable {
        deinit { mysql_thread_end() }
    }

    private static let threadMarker = ThreadSpecificVariable<ThreadMarker>()

    /// Initialises the library (once per process) and the calling thread (once per thread).
    /// Call at the start of every blocking work item that touches Connector/C.
    static func prepareCurrentThread() {
        precondition(libraryInitialized, "mysql_library_init failed")
        if threadMarker.currentValue == nil {
            mysql_thread_init()
            threadMarker.currentValue = ThreadMarker()
        }
    }
}
