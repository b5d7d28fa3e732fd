import Dispatch
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Turns a plan into bytes. Each row depends only on (seed, row index), so a chunk of rows
/// can be made by any worker in any order: chunks run in parallel and are written in order,
/// and the bytes are the same for any thread count or shard split.
public struct RowEngine: Sendable {
    public let plan: GenerationPlan
    public let format: OutputFormat
    public let seed: UInt64
    let jsonKeys: [[UInt8]]

    static let nullSalt: UInt64 = 0x6E75_6C6C_5F72_6174

    public init(plan: GenerationPlan, format: OutputFormat, seed: UInt64) {
        self.plan = plan
        self.format = format
        self.seed = seed
        jsonKeys = format.jsonKeys(plan.columnNames)
    }

    public var header: [UInt8] { format.header(plan.columnNames) }

    /// A worker's reusable scratch state.
    public final class Worker {
        let state: RowState
        // Unmanaged boxes: calling a generator costs no reference counting, which would
        // otherwise be atomic operations on objects every worker thread shares.
        let boxes: [GeneratorBox]
        let generators: UnsafeMutableBufferPointer<Unmanaged<GeneratorBox>>
        let keyBases: UnsafeMutableBufferPointer<UInt64>
        let nullKeyBases: UnsafeMutableBufferPointer<UInt64>
        let nullRates: UnsafeMutableBufferPointer<Double>
        let order: UnsafeMutableBufferPointer<Int>
        let kinds: UnsafeMutableBufferPointer<OutputKind>
        let plain: UnsafeMutableBufferPointer<Bool>

        init(plan: GenerationPlan, seed: UInt64) {
            state = RowState(seed: seed, columnCount: plan.columns.count)
            boxes = plan.generators.map(GeneratorBox.init)
            generators = .allocate(capacity: boxes.count)
            _ = generators.initialize(from: boxes.map { Unmanaged.passUnretained($0) })
            keyBases = .allocate(capacity: boxes.count)
            _ = keyBases.initialize(from: plan.columns.map { CellRandom.keyBase($0.key) })
            nullKeyBases = .allocate(capacity: boxes.count)
            _ = nullKeyBases.initialize(from: plan.columns.map { CellRandom.keyBase($0.key ^ RowEngine.nullSalt) })
            nullRates = .allocate(capacity: boxes.count)
            _ = nullRates.initialize(from: plan.columns.map(\.nullRate))
            order = .allocate(capacity: boxes.count)
            _ = order.initialize(from: plan.order)
            kinds = .allocate(capacity: boxes.count)
            _ = kinds.initialize(from: plan.kinds)
            plain = .allocate(capacity: boxes.count)
            _ = plain.initialize(from: plan.plain)
        }

        deinit {
            generators.deallocate()
            keyBases.deallocate()
            nullKeyBases.deallocate()
            nullRates.deallocate()
            order.deallocate()
            kinds.deallocate()
            plain.deallocate()
        }
    }

    public func makeWorker() -> Worker { Worker(plan: plan, seed: seed) }

    /// Appends rows `range` (global row indexes) to `out`.
    public func generate(_ range: Range<UInt64>, worker: Worker, into out: ByteBuffer) {
        let state = worker.state
        let generators = worker.generators
        let nullRates = worker.nullRates
        let order = worker.order
        let keyBases = worker.keyBases
        let nullKeyBases = worker.nullKeyBases
        for row in range {
            state.row = row
            let rowBase = CellRandom.rowBase(seed: seed, row: row)
            state.cells.count = 0
            for i in order {
                let rate = nullRates[i]
                if rate > 0 {
                    var coin = CellRandom(rowBase: rowBase, keyBase: nullKeyBases[i])
                    if coin.unit() < rate {
                        state.nulls[i] = true
                        state.starts[i] = state.cells.count
                        state.ends[i] = state.cells.count
                        continue
                    }
                }
                state.nulls[i] = false
                state.starts[i] = state.cells.count
                state.value = 0
                var random = CellRandom(rowBase: rowBase, keyBase: keyBases[i])
                generators[i]._withUnsafeGuaranteedRef { $0.generator.write(&random, state) }
                if state.writesNull {
                    state.writesNull = false
                    state.nulls[i] = true
                    state.cells.count = state.starts[i]
                }
                state.ends[i] = state.cells.count
                state.numbers[i] = state.value
            }
            emit(state, worker: worker, into: out)
        }
    }

    @inline(__always)
    func emit(_ state: RowState, worker: Worker, into out: ByteBuffer) {
        let base = UnsafePointer(state.cells.base)
        let kinds = worker.kinds
        switch format {
        case .csv, .tsv:
            let separator = format == .csv ? UInt8(ascii: ",") : UInt8(ascii: "\t")
            for i in kinds.indices {
                if i > 0 { out.append(separator) }
                if state.nulls[i] { continue }
                let value = UnsafeBufferPointer(start: base + state.starts[i], count: state.ends[i] - state.starts[i])
                if worker.plain[i] {
                    out.append(UnsafeRawBufferPointer(value))
                } else {
                    format.escape(value, kind: kinds[i], into: out)
                }
            }
            out.append(UInt8(ascii: "\n"))
        case .jsonl:
            for i in kinds.indices {
                out.append(jsonKeys[i])
                if state.nulls[i] {
                    out.append("null")
                    continue
                }
                let value = UnsafeBufferPointer(start: base + state.starts[i], count: state.ends[i] - state.starts[i])
                format.escape(value, kind: kinds[i], into: out)
            }
            out.append("}\n")
        }
    }

    /// Generates `range` with `threads` worker threads, handing each finished chunk to
    /// `write` in row order. Each worker fills two buffers in turn, so generation goes on
    /// while the caller writes; memory is bounded by threads × 2 chunks, however many rows.
    public func run(
        _ range: Range<UInt64>, threads: Int, chunkRows: UInt64 = 8192,
        write: (UnsafeRawBufferPointer) throws -> Void, progress: ((UInt64) -> Void)? = nil
    ) throws {
        let total = UInt64(range.count)
        if total == 0 { return }
        let chunkCount = Int((total + chunkRows - 1) / chunkRows)
        let workerCount = max(1, min(threads, chunkCount))
        let pool = WorkerPool(engine: self, range: range, chunkRows: chunkRows, chunkCount: chunkCount, workers: workerCount)
        pool.start()
        defer { pool.stop() }
        for chunk in 0..<chunkCount {
            let buffer = pool.waitForChunk(chunk)
            try write(buffer.bytes)
            pool.release(chunk)
            progress?(min(UInt64(chunk + 1) * chunkRows, total))
        }
    }
}

/// Worker threads for `RowEngine.run`: worker k makes chunks k, k+T, k+2T, ... into its
/// two buffers; the caller consumes chunks in order and hands each buffer back.
final class WorkerPool: @unchecked Sendable {
    // Safe to share: each buffer is touched by one side at a time, handed over by the
    // semaphores (ready: worker -> caller, free: caller -> worker).
    let engine: RowEngine
    let range: Range<UInt64>
    let chunkRows: UInt64
    let chunkCount: Int
    let workers: [RowEngine.Worker]
    let buffers: [[ByteBuffer]]
    let ready: [[DispatchSemaphore]]
    let free: [[DispatchSemaphore]]
    let cancelled = Atomic<Bool>(false)
    var threads: [pthread_t] = []

    init(engine: RowEngine, range: Range<UInt64>, chunkRows: UInt64, chunkCount: Int, workers: Int) {
        self.engine = engine
        self.range = range
        self.chunkRows = chunkRows
        self.chunkCount = chunkCount
        self.workers = (0..<workers).map { _ in engine.makeWorker() }
        buffers = (0..<workers).map { _ in [ByteBuffer(capacity: 1 << 20), ByteBuffer(capacity: 1 << 20)] }
        ready = (0..<workers).map { _ in [DispatchSemaphore(value: 0), DispatchSemaphore(value: 0)] }
        free = (0..<workers).map { _ in [DispatchSemaphore(value: 1), DispatchSemaphore(value: 1)] }
    }

    func start() {
        for k in workers.indices {
            let context = Unmanaged.passRetained(WorkerStart(pool: self, index: k)).toOpaque()
            var thread = pthread_t()
            let rc = pthread_create(&thread, nil, { raw in
                let start = Unmanaged<WorkerStart>.fromOpaque(raw!).takeRetainedValue()
                start.pool.work(start.index)
                return nil
            }, context)
            precondition(rc == 0, "cannot start a worker thread (error \(rc))")
            threads.append(thread)
        }
    }

    func work(_ k: Int) {
        let worker = workers[k]
        var round = 0
        var chunk = k
        while chunk < chunkCount {
            let slot = round & 1
            free[k][slot].wait()
            if cancelled.load(ordering: .relaxed) { return }
            let lower = range.lowerBound + UInt64(chunk) * chunkRows
            let upper = min(lower + chunkRows, range.upperBound)
            let buffer = buffers[k][slot]
            buffer.count = 0
            engine.generate(lower..<upper, worker: worker, into: buffer)
            ready[k][slot].signal()
            round += 1
            chunk += workers.count
        }
    }

    func waitForChunk(_ chunk: Int) -> ByteBuffer {
        let k = chunk % workers.count, slot = (chunk / workers.count) & 1
        ready[k][slot].wait()
        return buffers[k][slot]
    }

    func release(_ chunk: Int) {
        let k = chunk % workers.count, slot = (chunk / workers.count) & 1
        free[k][slot].signal()
    }

    /// Joins the workers; after an error, wakes them so they see the cancellation.
    func stop() {
        cancelled.store(true, ordering: .relaxed)
        for k in workers.indices { free[k][0].signal(); free[k][1].signal() }
        for thread in threads { pthread_join(thread, nil) }
        threads = []
    }
}

final class WorkerStart {
    let pool: WorkerPool
    let index: Int
    init(pool: WorkerPool, index: Int) {
        self.pool = pool
        self.index = index
    }
}

/// One column's generator, owned by a worker (kept alive by `Worker.boxes`).
final class GeneratorBox {
    let generator: any ColumnGenerator
    init(_ generator: any ColumnGenerator) { self.generator = generator }
}

/// Part `index` (1-based) of `count` of `rows` rows: the parts tile the rows exactly.
public func shardRange(rows: UInt64, index: UInt64, count: UInt64) -> Range<UInt64> {
    let lower = rows.multipliedFullWidth(by: index - 1)
    let upper = rows.multipliedFullWidth(by: index)
    let start = count.dividingFullWidth((lower.high, lower.low)).quotient
    let end = count.dividingFullWidth((upper.high, upper.low)).quotient
    return start..<end
}
