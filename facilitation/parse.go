package facilitation

// Parse reads and validates a plan. filename is used only in messages.
// TODO(H1): implement.
func Parse(filename string, data []byte) (*Plan, error) {
	panic("not implemented")
}
