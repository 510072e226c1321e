package pointscsv

import (
	"bytes"
	"strings"
	"testing"
)

func TestMakeWritesEachScenesFormat(t *testing.T) {
	for id, header := range map[string]string{"neuron": "x1,x2,y", "regression": "x,y", "embedding": "x1,x2,y"} {
		rows := strings.Split(strings.TrimSpace(string(Make(id, 50))), "\n")
		if rows[0] != header || len(rows) != 51 {
			t.Fatalf("%s: header %q and %d rows", id, rows[0], len(rows)-1)
		}
		for _, r := range rows[1:] {
			f := strings.Split(r, ",")
			if len(f) != strings.Count(header, ",")+1 {
				t.Fatalf("%s: row %q", id, r)
			}
			if id == "neuron" && f[2] != "1" && f[2] != "-1" || id == "embedding" && f[2] != "0" && f[2] != "1" {
				t.Fatalf("%s: label in %q", id, r)
			}
		}
	}
	if !bytes.Equal(Make("xor", 30), Make("xor", 30)) {
		t.Error("the same n gave other points")
	}
}

func TestMakeStaysUnderTheDropLimit(t *testing.T) {
	if n := len(Make("perceptron", 100000)); n > 2<<20 {
		t.Fatalf("100,000 points take %d bytes", n)
	}
}
