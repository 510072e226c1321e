package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"math"

	"github.com/neurona/neurona/engine"
)

// flagT is flag.Flag, named for the Visit callback.
type flagT = flag.Flag

// maxWeightsBytes bounds the weights file; a 2-8-1 network needs a few hundred bytes.
const maxWeightsBytes = 1 << 20

// weightsFile is the -weights document: the same keys the trace prints under
// "params", so a printed params object can be fed back.
type weightsFile struct {
	W1 *[][]float64 `json:"W1"`
	B1 *[]float64   `json:"b1"`
	W2 *[][]float64 `json:"W2"`
	B2 *[]float64   `json:"b2"`
}

// readWeights reads a network with hidden activation act from a JSON file.
// Errors name the file and, for syntax errors, the line.
func readWeights(path string, act engine.Activation) (engine.MLP, error) {
	var m engine.MLP
	f, err := engine.OpenRegular(path)
	if err != nil {
		return m, badf("%v", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxWeightsBytes+1))
	if err != nil {
		return m, badf("%s: %v", path, err)
	}
	if len(data) > maxWeightsBytes {
		return m, badf("%s: larger than %d bytes", path, maxWeightsBytes)
	}
	var w weightsFile
	if err := json.Unmarshal(data, &w); err != nil {
		return m, badf("%s:%d: %v", path, jsonErrLine(data, err), err)
	}
	if w.W1 == nil || w.B1 == nil || w.W2 == nil || w.B2 == nil {
		return m, badf("%s: want the keys W1 (H×2), b1 (H), W2 (1×H) and b2 (1)", path)
	}
	h := len(*w.W1)
	if h < 1 || h > engine.MaxHidden {
		return m, badf("%s: W1 has %d rows, want 1 to %d", path, h, engine.MaxHidden)
	}
	if len(*w.B1) != h || len(*w.W2) != 1 || len((*w.W2)[0]) != h || len(*w.B2) != 1 {
		return m, badf("%s: shapes must be W1 %d×2, b1 %d, W2 1×%d, b2 1", path, h, h, h)
	}
	m = engine.MLP{H: h, Hidden: act, Out: engine.Sigmoid}
	var vals []float64
	for j, row := range *w.W1 {
		if len(row) != 2 {
			return m, badf("%s: W1 row %d has %d values, want 2", path, j+1, len(row))
		}
		m.W1[j] = [2]float64{row[0], row[1]}
		m.B1[j] = (*w.B1)[j]
		m.W2[j] = (*w.W2)[0][j]
		vals = append(vals, row[0], row[1], m.B1[j], m.W2[j])
	}
	m.B2 = (*w.B2)[0]
	for _, v := range append(vals, m.B2) {
		if !(math.Abs(v) <= engine.MaxParam) {
			return m, badf("%s: weight %g outside ±%g", path, v, float64(engine.MaxParam))
		}
	}
	return m, nil
}

// jsonErrLine returns the 1-based line of a JSON decoding error, or 1.
func jsonErrLine(data []byte, err error) int {
	var off int64
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		off = se.Offset
	case errors.As(err, &te):
		off = te.Offset
	default:
		return 1
	}
	off = min(max(off, 0), int64(len(data)))
	return 1 + bytes.Count(data[:off], []byte("\n"))
}
