package notebook

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"

	"github.com/neurona/neurona/engine"
)

// MaxBytes is the largest state document accepted, the same 2 MiB the app
// accepts.
const MaxBytes = 2 << 20

// doc is a state document whose fields are decoded on demand, with errors
// that name the field.
type doc map[string]json.RawMessage

// parseDoc reads a state document: a JSON object with a "scene".
func parseDoc(data []byte) (doc, string, error) {
	if len(data) > MaxBytes {
		return nil, "", fmt.Errorf("the document is %d bytes; the limit is %d", len(data), MaxBytes)
	}
	data = bytes.TrimSpace(data)
	if len(data) == 0 || data[0] != '{' {
		return nil, "", fmt.Errorf("not a state document: want a JSON object {…}")
	}
	var d doc
	if err := json.Unmarshal(data, &d); err != nil {
		return nil, "", fmt.Errorf("not valid JSON: %v", err)
	}
	var scene string
	if err := d.get("scene", &scene); err != nil {
		return nil, "", err
	}
	if scene == "" {
		return nil, "", fmt.Errorf("not a state document: no \"scene\"")
	}
	return d, scene, nil
}

// fieldError names the field a problem is in.
func fieldError(name, format string, args ...any) error {
	return fmt.Errorf("field %q: %s", name, fmt.Sprintf(format, args...))
}

// has reports whether the document has the field (and it is not null).
func (d doc) has(name string) bool {
	raw, ok := d[name]
	return ok && string(raw) != "null"
}

// get decodes the field into v; an absent field leaves v as it is.
func (d doc) get(name string, v any) error {
	if !d.has(name) {
		return nil
	}
	if err := json.Unmarshal(d[name], v); err != nil {
		raw := string(d[name])
		if len(raw) > 40 {
			raw = raw[:40] + "…"
		}
		return fieldError(name, "wrong type (%s)", raw)
	}
	return nil
}

// need decodes a field that must be present.
func (d doc) need(name string, v any) error {
	if !d.has(name) {
		return fieldError(name, "missing")
	}
	return d.get(name, v)
}

// number reads a finite number within ±limit.
func (d doc) number(name string, v *float64, limit float64) error {
	if err := d.get(name, v); err != nil {
		return err
	}
	return finite(name, limit, *v)
}

// rate reads a learning rate: a number in (0, limit].
func (d doc) rate(name string, v *float64, limit float64) error {
	if err := d.number(name, v, limit); err != nil {
		return err
	}
	if !(*v > 0) {
		return fieldError(name, "the learning rate α must be positive")
	}
	return nil
}

// integer reads a whole number in [lo, hi].
func (d doc) integer(name string, v *int, lo, hi int) error {
	if !d.has(name) {
		return nil
	}
	var f float64
	if err := d.get(name, &f); err != nil {
		return err
	}
	if f != math.Trunc(f) || f < float64(lo) || f > float64(hi) {
		return fieldError(name, "want a whole number in [%d, %d], got %g", lo, hi, f)
	}
	*v = int(f)
	return nil
}

// choice reads a string that must be one of allowed.
func (d doc) choice(name string, v *string, allowed ...string) error {
	if !d.has(name) {
		return nil
	}
	var s string
	if err := d.get(name, &s); err != nil {
		return err
	}
	for _, a := range allowed {
		if s == a {
			*v = s
			return nil
		}
	}
	return fieldError(name, "%q is not one of %v", s, allowed)
}

// finite checks that every value is a number within ±limit.
func finite(name string, limit float64, vs ...float64) error {
	for _, v := range vs {
		if math.IsNaN(v) || math.IsInf(v, 0) || math.Abs(v) > limit {
			return fieldError(name, "%g is not a number within ±%g", v, limit)
		}
	}
	return nil
}

// lang reads "lang": "es" (the default, the lecture's) or "en".
func (d doc) lang() (string, error) {
	l := "es"
	return l, d.choice("lang", &l, "es", "en")
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
	if err := d.get("points", &raw); err != nil {
		return nil, err
	}
	if len(raw) > engine.MaxPoints {
		return nil, fieldError("points", "%d points; the limit is %d", len(raw), engine.MaxPoints)
	}
	for i, r := range raw {
		if len(r.X) != dim || r.Y == nil {
			return nil, fieldError("points", "point %d: want {\"x\": [%d numbers], \"y\": …}", i, dim)
		}
		if err := finite("points", engine.MaxCoord, r.X...); err != nil {
			return nil, err
		}
		if err := finite("points", engine.MaxCoord, *r.Y); err != nil {
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
			return nil, fieldError("points", "point %d: \"y\" must be 1 or -1, got %g", i, *r.Y)
		}
	}
	return pts, nil
}
