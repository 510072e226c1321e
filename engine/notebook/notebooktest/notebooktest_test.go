package notebooktest

import (
	"strings"
	"testing"
)

func TestCodeJoinsTheCodeCellsInOrder(t *testing.T) {
	nb := `{"cells":[{"cell_type":"markdown","source":["# x"]},{"cell_type":"code","source":["a = 1\n","b = 2"]},{"cell_type":"code","source":["print(a)"]}]}`
	code, err := Code([]byte(nb))
	if err != nil || code != "a = 1\nb = 2\n\nprint(a)\n" {
		t.Fatalf("%q, %v", code, err)
	}
	if _, err := Code([]byte("{")); err == nil || !strings.Contains(err.Error(), "not JSON") {
		t.Fatalf("a broken notebook: %v", err)
	}
}

func TestLastLineAndMaxAbs(t *testing.T) {
	m, err := LastLine([]byte("warming up\n{\"w\": [1, -3.5], \"b\": {\"x\": 2}}\n"))
	if err != nil || MaxAbs(m) != 3.5 || MaxAbs(m["b"]) != 2 {
		t.Fatalf("%v, %v", m, err)
	}
	if _, err := LastLine([]byte("{}\nTraceback")); err == nil {
		t.Fatal("a last line that is not JSON was read")
	}
}
