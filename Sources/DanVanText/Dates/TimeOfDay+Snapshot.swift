extension TimeOfDay: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws {
        let hour: Int = try reader.read(), minute: Int = try reader.read()
        guard let time = TimeOfDay(hour: hour, minute: minute) else { throw reader.corrupt() }
        self = time
    }

    public func write(snapshot writer: inout SnapshotWriter) {
        writer.write(hour)
        writer.write(minute)
    }
}
