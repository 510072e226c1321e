package notebook

import (
	"bytes"
	"fmt"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/engine/statedoc"
	"github.com/neurona/neurona/internal/jsondecode"
)

// MaxBytes is the largest state document accepted, the same 2 MiB the app
// accepts.
const MaxBytes = 2 << 20

// doc is a state document whose fields are decoded on demand, with errors
// that name the field; its methods add the notebook's own field kinds.
type doc struct{ statedoc.Doc }

// parseDoc reads a state document: a JSON object with a "scene".
func parseDoc(data []byte) (doc, string, error) {
	if len(data) > MaxBytes {
		return doc{}, "", fmt.Errorf("the document is %d bytes; the limit is %d", len(data), MaxBytes)
	}
	data = bytes.TrimSpace(data)
	if len(data) == 0 || data[0] != '{' {
		return doc{}, "", fmt.Errorf("not a state document: want a JSON object {…}")
	}
	var d doc
	if err := jsondecode.Unmarshal(data, &d.Doc); err != nil {
		return doc{}, "", fmt.Errorf("not valid JSON: %v", err)
	}
	var scene string
	if err := d.Decode("scene", &scene); err != nil {
		return doc{}, "", err
	}
	if scene == "" {
		return doc{}, "", fmt.Errorf("not a state document: no \"scene\"")
	}
	return d, scene, nil
}

// number reads a finite number within ±limit.
func (d doc) number(name string, v *float64, limit float64) error {
	if err := d.Decode(name, v); err != nil {
		return err
	}
	return statedoc.Finite(name, limit, *v)
}

// rate reads a learning rate: a number in (0, limit].
func (d doc) rate(name string, v *float64, limit float64) error {
	if err := d.number(name, v, limit); err != nil {
		return err
	}
	if !(*v > 0) {
		return statedoc.Errorf(name, "the learning rate α must be positive")
	}
	return nil
}

// lang reads "lang": "es" (the default, the lecture's) or "en".
func (d doc) lang() (string, error) {
	l := "es"
	return l, d.Choice("lang", &l, "es", "en")
}

// rawPoint is one entry of "points" as written: the scenes differ in how
// many coordinates x has and what y holds.
type rawPoint struct {
	X    []float64 `json:"x"`
	Y    *float64  `json:"y"`
	Test bool      `json:"test"` // held out from training (embedding)
}

// rawPoints reads "points", at most engine.MaxPoints of them, each with
// dim finite coordinates within engine.MaxCoord and a finite y.
func (d doc) rawPoints(dim int) ([]rawPoint, error) {
	var raw []rawPoint
	if err := d.Decode("points", &raw); err != nil {
		return nil, err
	}
	if len(raw) > engine.MaxPoints {
		return nil, statedoc.Errorf("points", "%d points; the limit is %d", len(raw), engine.MaxPoints)
	}
	for i, r := range raw {
		if len(r.X) != dim || r.Y == nil {
			return nil, statedoc.Errorf("points", "point %d: want {\"x\": [%d numbers], \"y\": …}", i, dim)
		}
		if err := statedoc.Finite("points", engine.MaxCoord, r.X...); err != nil {
			return nil, err
		}
		if err := statedoc.Finite("points", engine.MaxCoord, *r.Y); err != nil {
			return nil, err
		}
	}
	return raw, nil
}

// points reads "points" as the classification scenes do: two coordinates
// and a label of 1 or −1 (0 read as −1) each.
func (d doc) points() ([]engine.Point, error) {
	raw, err := d.rawPoints(2)
	if err != nil {
		return nil, err
	}
	pts := make([]engine.Point, len(raw))
	for i, r := range raw {
		pts[i] = engine.Point{X: [2]float64{r.X[0], r.X[1]}, Y: 1}
		switch *r.Y {
		case 1:
		case -1, 0:
			pts[i].Y = -1
		default:
			return nil, statedoc.Errorf("points", "point %d: \"y\" must be 1 or -1, got %g", i, *r.Y)
		}
	}
	return pts, nil
}
