package session

// TODO(H2): the durable JSONL log: Writer (OpenWriter, Append, Close), ReadLog.
