package notebook

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/neurona/neurona/engine"
)

// engineState is a state document produced by driving the engine as a
// scene does, and the numbers its notebook must print (nil: the
// document's own, see sceneNumbers).
type engineState struct {
	doc  []byte
	want map[string]any
}

// engineStates returns the states the Python test runs beside the scenes'
// exports in testdata: more data sets, settings and step counts per scene.
func engineStates(t *testing.T) map[string]engineState {
	t.Helper()
	out := map[string]engineState{}
	add := func(name string, m map[string]any, want map[string]any) {
		b, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		out[name] = engineState{doc: b, want: want}
	}
	perceptronStates(add)
	neuronStates(add)
	xorStates(add)
	gradientStates(add)
	backpropStates(add)
	regressionStates(add)
	embeddingStates(add)
	return out
}

type addFunc func(name string, doc, want map[string]any)

// randomPoints returns n points in [−2, 2]² on a 0.01 grid, labelled by
// the line (w, b) (flipped with probability noise), seeded.
func randomPoints(seed uint64, n int, w [2]float64, b, noise float64) []engine.Point {
	r := rand.New(rand.NewPCG(seed, 7))
	pts := make([]engine.Point, n)
	for i := range pts {
		x := [2]float64{float64(r.IntN(401)-200) / 100, float64(r.IntN(401)-200) / 100}
		y := 1
		if w[0]*x[0]+w[1]*x[1]+b <= 0 {
			y = -1
		}
		if r.Float64() < noise {
			y = -y
		}
		pts[i] = engine.Point{X: x, Y: y}
	}
	return pts
}

func pointsField(pts []engine.Point) []map[string]any {
	out := make([]map[string]any, len(pts))
	for i, p := range pts {
		out[i] = map[string]any{"x": []float64{p.X[0], p.X[1]}, "y": p.Y}
	}
	return out
}

func perceptronStates(add addFunc) {
	// The notes' own run (issue 13's preset): no bias, sign(0) = +1,
	// cyclic, w⁰ = 0 on the three points. The numbers are the notes':
	// only x₃ is a mistake in the first pass, w¹ = [1, −½]; then x₁,
	// w² = [1, ½]; then x₂, w³ = [1, −½] = w¹, and it cycles.
	lecture := pointsField(engine.LectureThreePoints())
	for _, c := range []struct {
		step     int
		w        []any
		mistakes float64
	}{{3, []any{1.0, -0.5}, 1}, {4, []any{1.0, 0.5}, 2}, {5, []any{1.0, -0.5}, 3}, {7, []any{1.0, 0.5}, 4}} {
		add(fmt.Sprintf("perceptron-notes-nobias-%d", c.step), map[string]any{
			"scene": "perceptron", "lang": "es", "points": lecture, "step": c.step,
			"rule": "pm1", "order": "cyclic", "alpha": 1, "bias": false, "tie": "positive",
		}, map[string]any{"w": c.w, "b": 0.0, "mistakes": c.mistakes})
	}
	// With a bias and sign(0) = +1, worked by hand: x₁ and x₂ sit on the
	// line a = 0 and count as +1 (right), x₃ is a mistake (θ = [1, −½],
	// b = −1), then x₁ (θ = [1, ½], b = 0) and x₂ (θ = [1, −½], b = 1), and
	// the next pass has none.
	add("perceptron-notes-bias-positive-8", map[string]any{
		"scene": "perceptron", "lang": "en", "points": lecture, "step": 8,
		"rule": "pm1", "order": "cyclic", "alpha": 1, "tie": "positive",
	}, map[string]any{"w": []any{1.0, -0.5}, "b": 1.0, "mistakes": 3.0})
	// Every rule, tie convention and bias setting, with the engine's run as
	// the reference: points on a grid through the origin, so that a = 0
	// happens.
	for _, rule := range []engine.Rule{engine.Classic, engine.PlusMinus} {
		for _, tie := range []engine.Tie{engine.TieMistake, engine.TiePositive, engine.TieNegative} {
			for _, bias := range []bool{true, false} {
				pts := randomPoints(40+uint64(tie), 12, [2]float64{1, 1}, 0, 0.1)
				cfg := engine.PerceptronConfig{Rule: rule, Alpha: 1, Tie: tie, NoBias: !bias, Order: engine.Shuffle, Seed: 5}
				p := engine.NewPerceptron(pts, cfg)
				for range 70 {
					p.Step()
				}
				w := p.W()
				add(fmt.Sprintf("perceptron-%v-%v-bias-%v", rule, tie, bias), map[string]any{
					"scene": "perceptron", "lang": "es", "points": pointsField(pts), "step": 70,
					"rule": rule.String(), "order": "shuffle", "seed": 5, "alpha": 1, "tie": tie.String(), "bias": bias,
					"w": []float64{w[0], w[1]}, "b": p.B(), "mistakes": p.Mistakes(),
				}, nil)
			}
		}
	}
	// The engine's own rules on random sets.
	for i, c := range []struct {
		rule  engine.Rule
		order engine.Order
		alpha float64
		noise float64
		n     int
		steps int
		seed  int64
	}{
		{engine.PlusMinus, engine.Cyclic, 1, 0, 20, 200, 0},
		{engine.Classic, engine.Cyclic, 0.1, 0, 15, 90, 0},
		{engine.PlusMinus, engine.Shuffle, 0.5, 0, 30, 300, 0},
		{engine.Classic, engine.Shuffle, 2, 0.1, 25, 137, 12345},
		{engine.PlusMinus, engine.Shuffle, 1, 0.2, 7, 1000, -3},
		{engine.PlusMinus, engine.Shuffle, 1, 0.1, 300, 1500, 99},
	} {
		pts := randomPoints(uint64(i+1), c.n, [2]float64{1, -0.7}, 0.3, c.noise)
		p := engine.NewPerceptron(pts, engine.PerceptronConfig{Rule: c.rule, Alpha: c.alpha, Order: c.order, Seed: c.seed})
		for range c.steps {
			p.Step()
		}
		w := p.W()
		add(fmt.Sprintf("perceptron-engine-%d-%v-%v", i, c.rule, c.order), map[string]any{
			"scene": "perceptron", "lang": []string{"es", "en"}[i%2], "points": pointsField(pts), "step": c.steps,
			"rule": c.rule.String(), "order": c.order.String(), "alpha": c.alpha, "seed": c.seed,
			"w": []float64{w[0], w[1]}, "b": p.B(), "mistakes": p.Mistakes(),
		}, nil)
	}
}

func neuronStates(add addFunc) {
	pts := randomPoints(11, 12, [2]float64{0.5, 1}, -0.2, 0.2)
	for i, act := range engine.LectureActivations {
		n := engine.Neuron{Theta: [2]float64{0.7 - float64(i), 1.3}, B: 0.25 * float64(i), Act: act}
		var table []map[string]any
		correct := 0
		for _, p := range pts {
			cls := -1
			if n.Potential(p.X) > 0 {
				cls = 1
			}
			if cls == p.Y {
				correct++
			}
			table = append(table, map[string]any{"x": []float64{p.X[0], p.X[1]}, "a": n.Potential(p.X), "yhat": n.Output(p.X), "y": p.Y, "class": cls})
		}
		add("neuron-engine-"+act.String(), map[string]any{
			"scene": "neuron", "lang": "en", "points": pointsField(pts), "step": 0,
			"theta": []float64{n.Theta[0], n.Theta[1]}, "b": n.B, "activation": act.String(),
			"table": table, "correct": correct,
		}, nil)
	}
}

// mlpFields writes a network's parameters as the xor scene does.
func mlpFields(m engine.MLP, into map[string]any) {
	var w1 [][]float64
	var b1, w2 []float64
	for j := range m.H {
		w1 = append(w1, []float64{m.W1[j][0], m.W1[j][1]})
		b1 = append(b1, m.B1[j])
		w2 = append(w2, m.W2[j])
	}
	into["W1"], into["b1"], into["W2"], into["b2"], into["hidden"] = w1, b1, [][]float64{w2}, m.B2, m.H
}

func xorStates(add addFunc) {
	xor := []engine.Point{{X: [2]float64{0, 0}, Y: -1}, {X: [2]float64{0, 1}, Y: 1}, {X: [2]float64{1, 0}, Y: 1}, {X: [2]float64{1, 1}, Y: -1}}
	ring := randomPoints(5, 24, [2]float64{1, 1}, -0.5, 0.15)
	for i, c := range []struct {
		pts      []engine.Point
		h        int
		seed     int64
		lr       float64
		steps    int
		training bool
	}{
		{xor, 2, 0, 2, 0, false},
		{xor, 2, 0, 1, 1000, false},
		{xor, 3, 4, 2, 800, true},
		{ring, 5, 9, 1, 400, true},
		{ring, 8, 1, 0.5, 60, true},
	} {
		m := engine.XORLecture(engine.Sigmoid)
		if c.training {
			m = engine.NewMLP(c.h, engine.Sigmoid, c.seed)
		}
		for range c.steps {
			m.Step(c.pts, engine.BCE, c.lr)
		}
		doc := map[string]any{
			"scene": "xor", "lang": "es", "points": pointsField(c.pts), "step": c.steps,
			"activation": "sigmoid", "lr": c.lr, "training": c.training, "seed": c.seed,
			"loss": m.Loss(c.pts, engine.BCE),
		}
		mlpFields(m, doc)
		add(fmt.Sprintf("xor-engine-%d", i), doc, nil)
	}
	// A document whose weights no run from the scene's start reaches (set
	// by hand): the notebook starts from them.
	m := engine.NewMLP(3, engine.Sigmoid, 77)
	doc := map[string]any{
		"scene": "xor", "lang": "en", "points": pointsField(xor), "step": 40,
		"activation": "sign", "lr": 2, "training": true, "seed": 1, "loss": m.Loss(xor, engine.BCE),
	}
	mlpFields(m, doc)
	add("xor-engine-handset", doc, nil)
}

func gradientStates(add addFunc) {
	for i, c := range []struct {
		seed  uint64
		noise float64
		loss  engine.Loss
		alpha float64
		steps int
	}{
		{3, 0.15, engine.BCE, 0.5, 400},
		{4, 0.1, engine.MSE, 2, 250},
		{5, 0, engine.BCE, 5, 60},
	} {
		pts := randomPoints(c.seed, 20, [2]float64{-1, 2}, 0.4, c.noise)
		m := engine.Logistic{Theta: [2]float64{-3, 2}}
		path := [][]float64{{m.Theta[0], m.Theta[1], m.B}}
		for range c.steps {
			m.Step(pts, c.loss, c.alpha)
			path = append(path, []float64{m.Theta[0], m.Theta[1], m.B})
		}
		j, dt, db := m.Gradient(pts, c.loss)
		add(fmt.Sprintf("gradient-engine-%d-%v", i, c.loss), map[string]any{
			"scene": "gradient", "lang": "en", "points": pointsField(pts), "step": c.steps, "k": c.steps,
			"theta": []float64{m.Theta[0], m.Theta[1]}, "b": m.B, "alpha": c.alpha, "loss": c.loss.String(),
			"J": j, "gradient": map[string]any{"theta": []float64{dt[0], dt[1]}, "b": db},
			"path": path, "start": path[0],
		}, nil)
	}
}

func backpropStates(add addFunc) {
	pts := randomPoints(8, 6, [2]float64{1, 1}, -0.3, 0.2)
	origin := engine.BackpropStart()
	origin.W1[0] = [2]float64{1.5, -2}
	origin.B2 = -0.4
	for _, c := range []struct {
		ex, steps int
		alpha     float64
	}{{2, 23, 0.5}, {0, 240, 2}, {5, 500, 1}, {1, 18, 1}} {
		// Walk the graph as the scene does: 23 steps per example, and
		// one more that starts the next with the updated network.
		g := engine.NewGraph(origin, pts[c.ex].X, pts[c.ex].Y)
		g.LR = c.alpha
		ex := c.ex
		for range c.steps {
			if g.Done() {
				ex = (ex + 1) % len(pts)
				m := g.Model()
				g = engine.NewGraph(m, pts[ex].X, pts[ex].Y)
				g.LR = c.alpha
				continue
			}
			g.Next()
		}
		params, values, grads := map[string]float64{}, map[string]float64{}, map[string]float64{}
		for _, n := range g.Nodes {
			if n.Kind == "param" {
				params[n.ID] = n.Value
			}
			if n.HasValue {
				values[n.ID] = n.Value
			}
			if n.HasGrad {
				grads[n.ID] = n.Grad
			}
		}
		originParams := paramsByID(origin)
		add(fmt.Sprintf("backprop-engine-%d-%d", c.ex, c.steps), map[string]any{
			"scene": "backprop", "lang": "es", "points": pointsField(pts), "step": c.steps, "alpha": c.alpha,
			"origin": map[string]any{"params": originParams, "example": c.ex},
			"params": params, "values": values, "grads": grads, "example": ex,
		}, nil)
	}
}

func regressionStates(add addFunc) {
	r := rand.New(rand.NewPCG(21, 5))
	var xs []float64
	var pts []map[string]any
	for range 15 {
		x := float64(r.IntN(401)-200) / 100
		y := math.Sin(2*x) + 0.1*r.NormFloat64()
		xs = append(xs, x)
		pts = append(pts, map[string]any{"x": []float64{x}, "y": y})
	}
	acts := []struct {
		name string
		f    func(float64) float64
	}{
		{"sigmoid", func(a float64) float64 { return 1 / (1 + math.Exp(-a)) }},
		{"tanh", math.Tanh},
		{"relu", func(a float64) float64 { return math.Max(a, 0) }},
		{"arctan", math.Atan},
	}
	for _, h := range []int{0, 1, 3, 8} {
		for _, a := range acts {
			name, act := a.name, a.f
			if h == 0 && name != "sigmoid" {
				continue
			}
			rows := max(h, 1)
			w1, b1, w2 := make([][]float64, rows), make([]float64, rows), make([]float64, h)
			for j := range rows {
				w1[j] = []float64{r.NormFloat64() * 2}
				b1[j] = r.NormFloat64()
			}
			for j := range h {
				w2[j] = r.NormFloat64()
			}
			b2 := r.NormFloat64()
			// The notes' cost, written out: J = Σ (ŷ(xᵢ) − yᵢ)².
			loss := 0.0
			for i, x := range xs {
				yhat := w1[0][0]*x + b1[0]
				if h > 0 {
					yhat = b2
					for j := range h {
						yhat += w2[j] * act(w1[j][0]*x+b1[j])
					}
				}
				d := yhat - pts[i]["y"].(float64)
				loss += d * d
			}
			doc := map[string]any{
				"scene": "regression", "lang": "en", "points": pts, "hidden": h, "activation": name,
				"alpha": 0.01, "W1": w1, "b1": b1, "J": loss, "mean": loss / float64(len(xs)),
			}
			if h > 0 {
				doc["W2"], doc["b2"] = [][]float64{w2}, []float64{b2}
			}
			add(fmt.Sprintf("regression-%d-%s", h, name), doc, nil)
			if h == 3 {
				// The scene's run: "start" and 40 steps of gradient
				// descent on J, written out.
				start := map[string]any{"W1": w1, "b1": b1, "W2": [][]float64{w2}, "b2": []float64{b2}}
				const steps, alpha = 40, 0.01
				w1, b1, w2 = clone2(w1), slices.Clone(b1), slices.Clone(w2)
				for range steps {
					gw1, gb1, gw2, gb2 := make([]float64, h), make([]float64, h), make([]float64, h), 0.0
					for i, x := range xs {
						yhat := b2
						z := make([]float64, h)
						for j := range h {
							z[j] = act(w1[j][0]*x + b1[j])
							yhat += w2[j] * z[j]
						}
						d := 2 * (yhat - pts[i]["y"].(float64))
						gb2 += d
						for j := range h {
							gw2[j] += d * z[j]
							dz := d * w2[j] * deriv(name, w1[j][0]*x+b1[j])
							gw1[j] += dz * x
							gb1[j] += dz
						}
					}
					for j := range h {
						w1[j][0] -= alpha * gw1[j]
						b1[j] -= alpha * gb1[j]
						w2[j] -= alpha * gw2[j]
					}
					b2 -= alpha * gb2
				}
				loss := 0.0
				for i, x := range xs {
					yhat := b2
					for j := range h {
						yhat += w2[j] * act(w1[j][0]*x+b1[j])
					}
					d := yhat - pts[i]["y"].(float64)
					loss += d * d
				}
				add(fmt.Sprintf("regression-%d-%s-step40", h, name), map[string]any{
					"scene": "regression", "lang": "es", "points": pts, "hidden": h, "activation": name,
					"alpha": alpha, "step": steps, "start": start, "J": loss, "mean": loss / float64(len(xs)),
					"W1": w1, "b1": b1, "W2": [][]float64{w2}, "b2": []float64{b2},
				}, nil)
			}
		}
	}
}

// deriv is the derivative of the named activation at a.
func deriv(name string, a float64) float64 {
	switch name {
	case "sigmoid":
		s := 1 / (1 + math.Exp(-a))
		return s * (1 - s)
	case "tanh":
		t := math.Tanh(a)
		return 1 - t*t
	case "relu":
		if a > 0 {
			return 1
		}
		return 0
	}
	return 1 / (1 + a*a) // arctan
}

func clone2(m [][]float64) [][]float64 {
	out := make([][]float64, len(m))
	for i, r := range m {
		out[i] = slices.Clone(r)
	}
	return out
}

func embeddingStates(add addFunc) {
	r := rand.New(rand.NewPCG(33, 9))
	acts := map[string]func(float64) float64{
		"sigmoid": func(a float64) float64 { return 1 / (1 + math.Exp(-a)) },
		"tanh":    math.Tanh,
		"relu":    func(a float64) float64 { return math.Max(a, 0) },
		"arctan":  math.Atan,
	}
	for i, c := range []struct {
		hidden []int
		k      int
		act    string
	}{
		{[]int{4}, 2, "sigmoid"},
		{[]int{6, 3}, 3, "tanh"},
		{[]int{8, 8, 2}, 4, "relu"},
		{[]int{5, 2}, 2, "arctan"},
	} {
		n := 30
		xs := make([][2]float64, n)
		ys := make([]int, n)
		var pts []map[string]any
		for j := range n {
			ys[j] = j % c.k
			xs[j] = [2]float64{float64(ys[j]) + r.NormFloat64()*0.4, float64(ys[j]%2) + r.NormFloat64()*0.4}
			pt := map[string]any{"x": []float64{xs[j][0], xs[j][1]}, "y": ys[j]}
			if i%2 == 1 && j%5 == 0 {
				pt["test"] = true // held out: in "testLoss", not in "loss"
			}
			pts = append(pts, pt)
		}
		out := c.k
		if c.k == 2 {
			out = 1 // one sigmoid unit for two classes
		}
		sizes := append(append([]int{2}, c.hidden...), out)
		doc := map[string]any{"scene": "embedding", "lang": "es", "points": pts, "activation": c.act, "lr": 0.1, "classes": c.k}
		params := map[string]any{}
		doc["params"] = params
		ws := make([][][]float64, len(sizes)-1)
		bs := make([][]float64, len(sizes)-1)
		for l := range ws {
			ws[l] = make([][]float64, sizes[l+1])
			bs[l] = make([]float64, sizes[l+1])
			for o := range ws[l] {
				ws[l][o] = make([]float64, sizes[l])
				for in := range ws[l][o] {
					ws[l][o][in] = r.NormFloat64()
				}
				bs[l][o] = r.NormFloat64() * 0.3
			}
			params[fmt.Sprintf("W%d", l+1)], params[fmt.Sprintf("b%d", l+1)] = ws[l], bs[l]
		}
		// The mean cross-entropy, written out: binary with a sigmoid for
		// K = 2, softmax for K ≥ 3.
		var loss, testLoss, nTest float64
		for j := range n {
			ce := 0.0
			z := xs[j][:]
			for l := range ws {
				next := make([]float64, len(ws[l]))
				for o, row := range ws[l] {
					a := bs[l][o]
					for in, w := range row {
						a += w * z[in]
					}
					if l < len(ws)-1 {
						a = acts[c.act](a)
					}
					next[o] = a
				}
				z = next
			}
			if c.k == 2 {
				p := 1 / (1 + math.Exp(-z[0]))
				t := float64(ys[j])
				ce = -(t*math.Log(p) + (1-t)*math.Log(1-p))
			} else {
				m, s := math.Inf(-1), 0.0
				for _, v := range z {
					m = math.Max(m, v)
				}
				for _, v := range z {
					s += math.Exp(v - m)
				}
				ce = -(z[ys[j]] - m - math.Log(s))
			}
			if pts[j]["test"] == true {
				testLoss += ce
				nTest++
			} else {
				loss += ce
			}
		}
		doc["loss"] = loss / (float64(n) - nTest)
		if nTest > 0 {
			doc["testLoss"] = testLoss / nTest
		}
		add(fmt.Sprintf("embedding-%d-k%d-%s", i, c.k, c.act), doc, nil)
	}
}
