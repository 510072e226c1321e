package embedding

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/internal/jsondecode"
	"github.com/neurona/neurona/scenes/embedding/model"
	"github.com/neurona/neurona/scenes/state"
)

// State implements ui.Scene. Fields: "step"; "points" ([{"x":[x1,x2],
// "y":k}] with k the class index 0…K−1 and "test":true on held-out
// points); the settings "dataset" (a data set's name or "custom"),
// "noise", "split" (the test fraction), "seed", "classes" (K), "layers"
// ([h1,…,hL]), "activation", "lr", "batch" (0: full batch), "l2";
// "params" and "start" ({"W1":…, "b1":…, …}, each Wˡ out×in: the current
// parameters and those at step 0); the view: "layer" (the chosen hidden
// layer, 1…L), "view" ("layer", "pca" or "tsne"), "perplexity"; and,
// computed, "embedding" (the chosen layer's 2-D position of every point as
// drawn, in the order of points), "loss" and "testLoss" (mean
// cross-entropy without the L2 term), "accuracy", "testAccuracy" and
// "diverged".
func (s *Scene) State() map[string]any {
	layers := make([]int, s.layers)
	copy(layers, s.hidden[:s.layers])
	emb := s.emb.Y
	if y := s.tsne.LayerY(); s.view == model.ViewTSNE && len(y) == len(s.pts) {
		emb = y
	} else if n := len(s.pts); len(emb) != n && s.emb.D > 0 && len(s.emb.Out) == n*s.emb.D {
		// The t-SNE view before its layer's embedding exists: the
		// layer's outputs projected as the other views place them.
		p := model.Embedding{Out: s.emb.Out}
		p.Project(n, s.emb.D, false)
		emb = p.Y
	}
	return map[string]any{
		"step":         s.run.Step(),
		"points":       pointsField(s.pts),
		"dataset":      s.dataset,
		"noise":        s.noise,
		"split":        s.split,
		"seed":         s.seed,
		"classes":      s.k,
		"layers":       layers,
		"activation":   s.act.String(),
		"lr":           s.lr,
		"batch":        s.batch,
		"l2":           s.l2,
		"params":       later{s, laterParams},
		"start":        later{s, laterStart},
		"layer":        s.layer,
		"view":         s.view,
		"perplexity":   s.perp,
		"embedding":    positionsDoc(emb),
		"loss":         later{s, laterLoss},
		"testLoss":     later{s, laterLoss + 1},
		"accuracy":     later{s, laterLoss + 2},
		"testAccuracy": later{s, laterLoss + 3},
		"diverged":     s.run.Diverged(),
	}
}

// later is a field of the state document made when it is encoded: the
// network's parameters, loss and accuracy (measured anew after training
// steps: a thousand points). The page's link asks a playing scene for its
// state only to count its points (and leaves the link as it is beyond a
// few hundred): making those fields for that took most of a tick, in
// allocations (issue 17). Like the points, a field reads the scene as it
// is when encoded: encode the state before the scene's next tick.
type later struct {
	s    *Scene
	what int
}

// The fields made later: the loss, test loss, accuracy and test accuracy
// follow laterLoss in that order.
const (
	laterParams = iota
	laterStart
	laterLoss
)

// MarshalJSON implements json.Marshaler.
func (l later) MarshalJSON() ([]byte, error) {
	s := l.s
	switch l.what {
	case laterParams:
		return state.Marshal(paramsField(s.run.Net()))
	case laterStart:
		return state.Marshal(paramsField(ptr(s.run.Start())))
	}
	m := s.run.Metrics()
	v := [4]float64{m.Loss, m.TestLoss, m.Acc, m.TestAcc}
	return state.AppendFloat(nil, v[l.what-laterLoss]), nil
}

func ptr[T any](v T) *T { return &v }

// pointsField writes the points as the document carries them.
func pointsField(pts []model.Point) pointsDoc { return pointsDoc(pts) }

// pointsDoc is the "points" field: it encodes itself as
// [{"test":true,"x":[x1,x2],"y":k},…] ("test" only for a held-out point;
// the bytes a map per point gave) into one buffer. The page's link and
// state are remade every half second while a scene plays: a thousand
// points as maps (a map and a slice each, keys sorted by reflection) made
// a frame of several milliseconds each time.
type pointsDoc []model.Point

// MarshalJSON implements json.Marshaler.
func (l pointsDoc) MarshalJSON() ([]byte, error) {
	return state.AppendList(len(l), 36, func(b []byte, i int) []byte {
		b = append(b, '{')
		if l[i].Test {
			b = append(b, `"test":true,`...)
		}
		b = append(b, `"x":`...)
		b = state.AppendPair(b, l[i].X)
		b = append(b, `,"y":`...)
		b = strconv.AppendInt(b, int64(l[i].Class), 10)
		return append(b, '}')
	}), nil
}

// positionsDoc is the "embedding" field, [[u,v],…] (cleaned of NaN and
// ±Inf), encoded into one buffer as pointsDoc is.
type positionsDoc [][2]float64

// MarshalJSON implements json.Marshaler.
func (l positionsDoc) MarshalJSON() ([]byte, error) {
	return state.AppendList(len(l), 24, func(b []byte, i int) []byte { return state.AppendPair(b, l[i]) }), nil
}

// paramsField writes a network's parameters as {"W1":…, "b1":…, …}.
func paramsField(n *engine.Net) map[string]any {
	w, b := n.Matrices()
	out := map[string]any{}
	for l := range w {
		for _, row := range w[l] {
			for i := range row {
				row[i] = state.Clean(row[i])
			}
		}
		for i := range b[l] {
			b[l][i] = state.Clean(b[l][i])
		}
		out[fmt.Sprintf("W%d", l+1)] = w[l]
		out[fmt.Sprintf("b%d", l+1)] = b[l]
	}
	return out
}

// docPoint is a point as the document carries it.
type docPoint struct {
	X    []float64 `json:"x"`
	Y    *float64  `json:"y"`
	Test bool      `json:"test"`
}

// readPoints reads "points": at most model.MaxPoints, each with two finite
// coordinates within ±engine.MaxCoord and a class index 0…3 (−1, the other
// scenes' second label, is read as class 0, so their documents load).
func readPoints(d state.Doc) ([]model.Point, bool, error) {
	return state.DecodePoints(d, model.MaxPoints, "%d points; the embedding scene takes at most %d", func(r docPoint) (model.Point, error) {
		if len(r.X) != 2 {
			return model.Point{}, errors.New(`"x" needs 2 numbers`)
		}
		if r.Y == nil {
			return model.Point{}, errors.New(`"y" is missing`)
		}
		k := *r.Y
		if k == -1 {
			k = 0 // the other scenes' label −1: the first class
		}
		if k != math.Trunc(k) || k < 0 || k >= engine.MaxClasses {
			return model.Point{}, fmt.Errorf(`"y" must be a class 0 to %d, got %g`, engine.MaxClasses-1, k)
		}
		for _, v := range r.X {
			if !(math.Abs(v) <= engine.MaxCoord) {
				return model.Point{}, fmt.Errorf("coordinate %g is not a number within ±%g", v, engine.MaxCoord)
			}
		}
		return model.Point{X: [2]float64{r.X[0], r.X[1]}, Class: int(k), Test: r.Test}, nil
	})
}

// readNet reads "params" or "start" for a network of the given classes and
// activation with the given hidden sizes.
func readNet(d state.Doc, name string, hidden []int, k int, act engine.Activation) (engine.Net, bool, error) {
	if !d.Has(name) {
		return engine.Net{}, false, nil
	}
	var raw map[string]json.RawMessage
	if err := d.Decode(name, &raw); err != nil {
		return engine.Net{}, true, err
	}
	L := len(hidden)
	w := make([][][]float64, L+1)
	b := make([][]float64, L+1)
	for l := range L + 1 {
		wn, bn := fmt.Sprintf("W%d", l+1), fmt.Sprintf("b%d", l+1)
		if err := jsondecode.Unmarshal(raw[wn], &w[l]); err != nil || raw[wn] == nil {
			return engine.Net{}, true, state.Errorf(name, "%s is missing or not a matrix of numbers", wn)
		}
		if err := jsondecode.Unmarshal(raw[bn], &b[l]); err != nil || raw[bn] == nil {
			return engine.Net{}, true, state.Errorf(name, "%s is missing or not a list of numbers", bn)
		}
	}
	if _, extra := raw[fmt.Sprintf("W%d", L+2)]; extra {
		return engine.Net{}, true, state.Errorf(name, "has more layers than \"layers\" says (%d hidden)", L)
	}
	n, err := engine.NetFromMatrices(w, b, k, act)
	if err != nil {
		return engine.Net{}, true, state.Errorf(name, "%v", err)
	}
	for l, h := range hidden {
		if n.Width(l+1) != h {
			return engine.Net{}, true, state.Errorf(name, "W%d has %d rows but \"layers\" says %d units", l+1, n.Width(l+1), h)
		}
	}
	return n, true, nil
}

// Load implements ui.Scene: every field is checked before anything
// changes; absent fields keep their values. The network is rebuilt from
// "start" and trained again up to "step" (the same mini-batches in the
// same order), unless that is more than model.MaxReplay point-steps: then
// "params" is taken as the network at that step. The computed fields are
// ignored, but for "embedding" in the t-SNE view: the layer's t-SNE starts
// from that layout (one [u, v] per point) and goes on settling from there.
func (s *Scene) Load(d state.Doc) error {
	t := *s // the settings, checked into a copy
	var names []string
	for _, k := range engine.DataKinds {
		names = append(names, k.String())
	}
	names = append(names, Custom)
	if err := d.Choice("dataset", &t.dataset, names...); err != nil {
		return err
	}
	if err := d.Float("noise", &t.noise, 0, engine.MaxNoise); err != nil {
		return err
	}
	if err := d.Float("split", &t.split, 0, maxSplit); err != nil {
		return err
	}
	seed := int(t.seed)
	if err := d.Int("seed", &seed, 0, maxSeed); err != nil {
		return err
	}
	t.seed = int64(seed)
	if err := d.Int("classes", &t.k, 2, engine.MaxClasses); err != nil {
		return err
	}
	if d.Has("layers") {
		var ls []float64
		if err := d.Decode("layers", &ls); err != nil {
			return err
		}
		if len(ls) < 1 || len(ls) > engine.MaxLayers {
			return state.Errorf("layers", "%d hidden layers, want 1 to %d", len(ls), engine.MaxLayers)
		}
		t.hidden = [engine.MaxLayers]int{}
		for i, h := range ls {
			if h != math.Trunc(h) || h < 1 || h > engine.MaxHidden {
				return state.Errorf("layers", "layer %d: %g units, want a whole number 1 to %d", i+1, h, engine.MaxHidden)
			}
			t.hidden[i] = int(h)
		}
		t.layers = len(ls)
	}
	act := t.act.String()
	actNames := make([]string, len(activations))
	for i, a := range activations {
		actNames[i] = a.String()
	}
	if err := d.Choice("activation", &act, actNames...); err != nil {
		return err
	}
	t.act, _ = engine.ParseActivation(act)
	if err := d.Rate("lr", &t.lr, lrLadder[len(lrLadder)-1]); err != nil {
		return err
	}
	if err := d.Int("batch", &t.batch, 0, model.MaxPoints); err != nil {
		return err
	}
	if err := d.Float("l2", &t.l2, 0, engine.MaxL2); err != nil {
		return err
	}
	t.layer = min(t.layer, t.layers)
	if err := d.Int("layer", &t.layer, 1, t.layers); err != nil {
		return err
	}
	if err := d.Choice("view", &t.view, model.Views...); err != nil {
		return err
	}
	if err := d.Float("perplexity", &t.perp, 1, 1000); err != nil {
		return err
	}
	step := s.run.Step()
	if err := d.Int("step", &step, 0, 1e9); err != nil {
		return err
	}
	pts, hasPts, err := readPoints(d)
	if err != nil {
		return err
	}
	if hasPts && !d.Has("dataset") {
		t.dataset = Custom
	}
	if !hasPts {
		pts = s.pts
		if kind, err := engine.ParseDataKind(t.dataset); err == nil && (d.Has("dataset") || d.Has("noise") || d.Has("seed") || d.Has("split")) {
			pts = model.Generate(kind, t.n, t.noise, t.split, t.seed)
		}
	}
	if need := model.Classes(pts); d.Has("classes") && t.k < need {
		return state.Errorf("classes", "%d classes, but the points have class %d", t.k, need-1)
	} else if !d.Has("classes") {
		t.k = need
		if kind, err := engine.ParseDataKind(t.dataset); err == nil {
			t.k = max(t.k, kind.Classes())
		}
	}
	hidden := t.hidden[:t.layers]
	start, hasStart, err := readNet(d, "start", hidden, t.k, t.act)
	if err != nil {
		return err
	}
	params, hasParams, err := readNet(d, "params", hidden, t.k, t.act)
	if err != nil {
		return err
	}
	if !hasStart {
		start = engine.NewNet(hidden, t.k, t.act, t.seed)
		if hasParams && step == 0 {
			start = params
		}
	}
	train, test := model.Sets(pts, nil, nil)
	run := model.NewRun(start, train, test, engine.NetConfig{LR: t.lr, L2: t.l2, Batch: t.batch, Seed: t.seed})
	if step > 0 {
		if err := run.Replay(step); err != nil {
			if !hasParams {
				return state.Errorf("step", "%d steps on %d points are too many to replay; give \"params\" too", step, len(train))
			}
			run.Resume(params, step)
		}
	}

	var layout [][2]float64
	if t.view == model.ViewTSNE && d.Has("embedding") {
		if layout, err = readLayout(d, len(pts)); err != nil {
			return err
		}
	}

	// Everything checked: apply.
	s.dataset, s.noise, s.split, s.seed, s.k = t.dataset, t.noise, t.split, t.seed, t.k
	s.hidden, s.layers, s.act, s.lr, s.batch, s.l2 = t.hidden, t.layers, t.act, t.lr, t.batch, t.l2
	s.layer, s.view, s.perp = t.layer, t.view, t.perp
	if hasPts || !sameData(s.pts, pts) {
		s.undo.push(s.pts)
	}
	s.pts = pts
	s.version++
	s.train, s.test = train, test
	s.all = model.All(pts, s.all)
	s.run = run
	s.netChanged()
	s.player.Pause()
	s.drag = -1
	s.v.plane.CX, s.v.plane.CY, s.dataHalf = model.Bounds(s.pts)
	s.emb.Compute(s.run.Net(), s.all, s.layer, s.view == model.ViewPCA)
	s.tsne.Restore = layout
	return nil
}

// readLayout reads the t-SNE view's "embedding": n rows [u, v] of finite
// numbers.
func readLayout(d state.Doc, n int) ([][2]float64, error) {
	var rows [][]float64
	if err := d.Decode("embedding", &rows); err != nil {
		return nil, err
	}
	if len(rows) != n {
		return nil, state.Errorf("embedding", "%d positions for %d points", len(rows), n)
	}
	out := make([][2]float64, n)
	for i, r := range rows {
		if len(r) != 2 || math.IsNaN(r[0]+r[1]) || math.IsInf(r[0]+r[1], 0) {
			return nil, state.Errorf("embedding", "position %d is not two finite numbers", i+1)
		}
		out[i] = [2]float64{r[0], r[1]}
	}
	return out, nil
}

// sameData reports whether two point sets are the same slice.
func sameData(a, b []model.Point) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}
