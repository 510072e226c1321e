package engine

// Work units of a network, in the units of TSNE.Work (about one pair of
// t-SNE's gradient each), so that a scene can share one budget of work per
// frame between training, the pictures of a network and t-SNE without
// timing anything.

// ForwardUnits returns the work units of one forward pass: three quarters
// of a unit per multiply-add and a unit and a half per activation (an
// exponential or a division), fitted to the benchmarks NetStep1000 and
// TSNEStep1000 (native and WebAssembly agree within a third).
func (n *Net) ForwardUnits() int {
	u := 0
	for l := 1; l <= n.layers()+1; l++ {
		u += n.Width(l) * (n.Width(l-1) + 2)
	}
	return max(1, 3*u/4)
}

// StepUnits returns the work units of one training step on batch points:
// a forward and a backward pass (about as costly again) per point.
func (n *Net) StepUnits(batch int) int { return 2 * n.ForwardUnits() * max(batch, 1) }

// Score returns the summed cross-entropy over pts (without L2) and the
// number of points classified correctly, from one forward pass per point:
// Loss's and Accuracy's figures (sum/len(pts) is Loss(pts, 0), correct/len
// Accuracy) at half their cost, and over any part of the points, so that a
// scene can spread the measure of a thousand points over frames.
func (n *Net) Score(pts []ClassPoint) (loss float64, correct int) {
	var f NetForward
	var d [MaxHidden]float64
	for _, p := range pts {
		n.Forward(p.X, &f)
		loss += n.sampleLoss(&f, p.Class, &d)
		pr := n.probsOf(&f)
		best := 0
		for c := 1; c < n.classes(); c++ {
			if pr[c] > pr[best] {
				best = c
			}
		}
		if best == p.Class {
			correct++
		}
	}
	return loss, correct
}

// LayerOutputsAt writes layer l's outputs for pts into dst (len(pts)·width
// values, which dst must hold), as LayerOutputs does for all points: a scene
// fills a thousand points' outputs a part at a time.
func (n *Net) LayerOutputsAt(dst []float64, pts []ClassPoint, l int) {
	w := n.Width(l)
	var f NetForward
	for k, p := range pts {
		n.Forward(p.X, &f)
		copy(dst[k*w:(k+1)*w], f.Z[l][:w])
	}
}
