package notebook

import (
	"strings"

	"github.com/neurona/neurona/internal/jsonencode"
)

// cell is one notebook cell: its kind ("markdown" or "code") and its source
// lines, each ending in "\n" but the last, as Jupyter writes them.
type cell struct {
	Kind   string
	Source []string
}

// Cell markers: a template's output is split into cells at lines that are
// exactly one of these.
const (
	markMarkdown = "#%% markdown"
	markCode     = "#%% code"
)

// splitCells cuts a rendered template into cells at the marker lines,
// dropping leading and trailing blank lines of each cell and cells left
// empty (a template's {{if}} can empty one).
func splitCells(text string) []cell {
	var cells []cell
	var kind string
	var lines []string
	flush := func() {
		for len(lines) > 0 && strings.TrimSpace(lines[0]) == "" {
			lines = lines[1:]
		}
		for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == "" {
			lines = lines[:len(lines)-1]
		}
		if kind != "" && len(lines) > 0 {
			cells = append(cells, newCell(kind, lines))
		}
		lines = nil
	}
	for _, l := range strings.Split(text, "\n") {
		switch strings.TrimRight(l, " \t\r") {
		case markMarkdown:
			flush()
			kind = "markdown"
		case markCode:
			flush()
			kind = "code"
		default:
			lines = append(lines, l)
		}
	}
	flush()
	return cells
}

// newCell builds a cell of the kind with the lines as its source.
func newCell(kind string, lines []string) cell {
	src := make([]string, len(lines))
	for i, l := range lines {
		if i < len(lines)-1 {
			l += "\n"
		}
		src[i] = l
	}
	return cell{Kind: kind, Source: src}
}

// encode writes the notebook as indented JSON in nbformat 4.4 (which needs
// no cell ids), with "execution_count": null and no outputs in every code
// cell: the notebook has never run.
func encode(cells []cell, meta map[string]any) ([]byte, error) {
	type codeCell struct {
		Type           string         `json:"cell_type"`
		ExecutionCount *int           `json:"execution_count"`
		Metadata       map[string]any `json:"metadata"`
		Outputs        []any          `json:"outputs"`
		Source         []string       `json:"source"`
	}
	type mdCell struct {
		Type     string         `json:"cell_type"`
		Metadata map[string]any `json:"metadata"`
		Source   []string       `json:"source"`
	}
	out := struct {
		Cells         []any          `json:"cells"`
		Metadata      map[string]any `json:"metadata"`
		NBFormat      int            `json:"nbformat"`
		NBFormatMinor int            `json:"nbformat_minor"`
	}{Metadata: meta, NBFormat: 4, NBFormatMinor: 4}
	for _, c := range cells {
		if c.Kind == "code" {
			out.Cells = append(out.Cells, codeCell{Type: c.Kind, Metadata: map[string]any{}, Outputs: []any{}, Source: c.Source})
		} else {
			out.Cells = append(out.Cells, mdCell{Type: c.Kind, Metadata: map[string]any{}, Source: c.Source})
		}
	}
	return jsonencode.Encode(out, false, "", " ") // as a json.Encoder with SetEscapeHTML(false), SetIndent("", " ")
}
