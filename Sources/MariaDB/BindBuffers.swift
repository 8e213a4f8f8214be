import CMariaDB

/// Owns the C memory behind an array of `MYSQL_BIND` for one statement execution or one
/// result set, and frees it all at once.
///
/// Only ever used on the single thread-pool thread running that statement.
final class BindBuffers {
    let binds: UnsafeMutablePointer<MYSQL_BIND>
    let count: Int
    let lengths: UnsafeMutablePointer<UInt>
    let nullFlags: UnsafeMutablePointer<my_bool>
    let errorFlags: UnsafeMutablePointer<my_bool>
    private var allocations: [UnsafeMutableRawPointer] = []

    init(count: Int) {
        let capacity = max(count, 1)
        self.count = count
        binds = .allocate(capacity: capacity)
        lengths = .allocate(capacity: capacity)
        nullFlags = .allocate(capacity: capacity)
        errorFlags = .allocate(capacity: capacity)
        UnsafeMutableRawPointer(binds).initializeMemory(as: UInt8.self, repeating: 0, count: MemoryLayout<MYSQL_BIND>.stride * capacity)
        lengths.initialize(repeating: 0, count: capacity)
        nullFlags.initialize(repeating: 0, count: capacity)
        errorFlags.initialize(repeating: 0, count: capacity)
    }

    deinit {
        for allocation in allocations { allocation.deallocate() }
        binds.deallocate()
        lengths.deallocate()
        nullFlags.deallocate()
        errorFlags.deallocate()
    }

    /// Allocates `size` zeroed bytes that live as long as these binds.
    func allocate(_ size: Int) -> UnsafeMutableRawPointer {
        let pointer = UnsafeMutableRawPointer.allocate(byteCount: max(size, 1), alignment: 16)
        pointer.initializeMemory(as: UInt8.self, repeating: 0, count: max(size, 1))
        allocations.append(pointer)
        return pointer
    }

    /// Copies `bytes` into owned memory and returns it.
    func copy(_ bytes: some Collection<UInt8>) -> UnsafeMutableRawPointer {
        let pointer = allocate(bytes.count)
        let typed = pointer.bindMemory(to: UInt8.self, capacity: max(bytes.count, 1))
        _ = UnsafeMutableBufferPointer(start: typed, count: bytes.count).initialize(from: bytes)
        return pointer
    }
}
