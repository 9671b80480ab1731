package xlsx

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// Book is a workbook of typed sheets for other data than one session's
// minutes (the series report): the same styles, frozen header rows and
// streamed sheets as Export.
type Book struct {
	f      *excelize.File
	w      *workbook
	sheets int
}

// NewBook starts an empty workbook.
func NewBook() (*Book, error) {
	f := excelize.NewFile()
	w, err := newWorkbook(f)
	if err != nil {
		_ = f.Close()
		return nil, err
	}
	return &Book{f: f, w: w}, nil
}

// Sheet adds a sheet: a header row of stable codes, column widths, and rows
// of typed values (numbers stay numbers; use Day, Span, Share for dates,
// durations and shares).
func (b *Book) Sheet(name string, header []string, widths []float64, rows [][]any) error {
	if b.sheets == 0 { // the new file's one sheet becomes the first
		if err := b.f.SetSheetName("Sheet1", name); err != nil {
			return err
		}
	}
	b.sheets++
	if err := b.w.flush(name, &table{header: header, widths: widths, rows: rows}); err != nil {
		return fmt.Errorf("xlsx sheet %s: %w", name, err)
	}
	return nil
}

// Day is an ISO date (YYYY-MM-DD) as a date cell; anything else stays text.
func (b *Book) Day(iso string) any {
	if iso == "" {
		return nil
	}
	return b.w.day(iso)
}

// Span is a number of seconds as a duration cell.
func (b *Book) Span(seconds int) any { return b.w.span(seconds) }

// Share is a fraction (0..1) as a percentage cell.
func (b *Book) Share(f float64) any { return b.w.share(f) }

// Bytes is the .xlsx file; the book is closed.
func (b *Book) Bytes() ([]byte, error) {
	defer b.f.Close()
	buf, err := b.f.WriteToBuffer()
	if err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
