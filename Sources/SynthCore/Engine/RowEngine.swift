import Dispatch

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
        public let output = ByteBuffer(capacity: 1 << 20)
        // Unmanaged boxes: calling a generator costs no reference counting, which would
        // otherwise be atomic operations on objects every worker thread shares.
        let boxes: [GeneratorBox]
        let generators: UnsafeMutableBufferPointer<Unmanaged<GeneratorBox>>
        let keys: UnsafeMutableBufferPointer<UInt64>
        let nullRates: UnsafeMutableBufferPointer<Double>
        let order: UnsafeMutableBufferPointer<Int>
        let kinds: [OutputKind]

        init(plan: GenerationPlan, seed: UInt64) {
            state = RowState(seed: seed, columnCount: plan.columns.count)
            boxes = plan.generators.map(GeneratorBox.init)
            generators = .allocate(capacity: boxes.count)
            _ = generators.initialize(from: boxes.map { Unmanaged.passUnretained($0) })
            keys = .allocate(capacity: boxes.count)
            _ = keys.initialize(from: plan.columns.map(\.key))
            nullRates = .allocate(capacity: boxes.count)
            _ = nullRates.initialize(from: plan.columns.map(\.nullRate))
            order = .allocate(capacity: boxes.count)
            _ = order.initialize(from: plan.order)
            kinds = plan.kinds
        }

        deinit {
            generators.deallocate()
            keys.deallocate()
            nullRates.deallocate()
            order.deallocate()
        }
    }

    public func makeWorker() -> Worker { Worker(plan: plan, seed: seed) }

    /// Appends rows `range` (global row indexes) to `worker.output`.
    public func generate(_ range: Range<UInt64>, worker: Worker) {
        let state = worker.state
        let out = worker.output
        let generators = worker.generators
        let keys = worker.keys
        let nullRates = worker.nullRates
        let order = worker.order
        for row in range {
            state.row = row
            state.cells.count = 0
            for i in order {
                let rate = nullRates[i]
                if rate > 0 {
                    var coin = CellRandom(seed: seed, row: row, key: keys[i] ^ Self.nullSalt)
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
                var random = CellRandom(seed: seed, row: row, key: keys[i])
                generators[i]._withUnsafeGuaranteedRef { $0.generator.write(&random, state) }
                state.ends[i] = state.cells.count
                state.numbers[i] = state.value
            }
            emit(state, kinds: worker.kinds, into: out)
        }
    }

    @inline(__always)
    func emit(_ state: RowState, kinds: [OutputKind], into out: ByteBuffer) {
        let base = UnsafePointer(state.cells.base)
        switch format {
        case .csv, .tsv:
            let separator = format == .csv ? UInt8(ascii: ",") : UInt8(ascii: "\t")
            for i in kinds.indices {
                if i > 0 { out.append(separator) }
                if state.nulls[i] { continue }
                let value = UnsafeBufferPointer(start: base + state.starts[i], count: state.ends[i] - state.starts[i])
                format.escape(value, kind: kinds[i], into: out)
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

    /// Generates `range` with `threads` workers, handing each finished chunk to `write` in
    /// row order. Memory is bounded by threads × chunk size, however many rows.
    public func run(
        _ range: Range<UInt64>, threads: Int, chunkRows: UInt64 = 8192,
        write: (UnsafeRawBufferPointer) throws -> Void, progress: ((UInt64) -> Void)? = nil
    ) throws {
        let workerCount = max(1, threads)
        let workers = (0..<workerCount).map { _ in makeWorker() }
        let shared = UncheckedBox((self, workers))
        var start = range.lowerBound
        while start < range.upperBound {
            var chunks: [Range<UInt64>] = []
            while chunks.count < workerCount && start < range.upperBound {
                let end = min(start + chunkRows, range.upperBound)
                chunks.append(start..<end)
                start = end
            }
            let wave = UncheckedBox(chunks)
            if chunks.count == 1 {
                workers[0].output.removeAll()
                generate(chunks[0], worker: workers[0])
            } else {
                DispatchQueue.concurrentPerform(iterations: chunks.count) { k in
                    let (engine, workers) = shared.value
                    workers[k].output.removeAll()
                    engine.generate(wave.value[k], worker: workers[k])
                }
            }
            for k in chunks.indices { try write(workers[k].output.bytes) }
            progress?(start - range.lowerBound)
        }
    }
}

/// One column's generator, owned by a worker (kept alive by `Worker.boxes`).
final class GeneratorBox {
    let generator: any ColumnGenerator
    init(_ generator: any ColumnGenerator) { self.generator = generator }
}

/// Hands non-Sendable worker state to `concurrentPerform`: each iteration touches only
/// its own worker, so there is no shared mutation.
struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// Part `index` (1-based) of `count` of `rows` rows: the parts tile the rows exactly.
public func shardRange(rows: UInt64, index: UInt64, count: UInt64) -> Range<UInt64> {
    let lower = rows.multipliedFullWidth(by: index - 1)
    let upper = rows.multipliedFullWidth(by: index)
    let start = count.dividingFullWidth((lower.high, lower.low)).quotient
    let end = count.dividingFullWidth((upper.high, upper.low)).quotient
    return start..<end
}
