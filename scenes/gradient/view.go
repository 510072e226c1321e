package gradient

import (
	"math"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/gradient/model"
	"github.com/neurona/neurona/scenes/ui"
)

// view is everything Draw shows, derived from the model in Update so that
// Draw only reads.
type view struct {
	cur     model.Snap
	k, n    int
	half    float64 // the loss map shows θ ∈ [−half, half]²
	dTheta  [2]float64
	dB      float64
	next    engine.Logistic // θ − α∇J: where the next step goes
	explain int             // the point whose terms the panel shows, −1 for none
	terms   model.PointTerms
	path    []float64 // θ₁, θ₂ of every position up to the current one
	jSeries []float64 // k, J of every position up to the current one
	rising  bool      // the last step raised J (without diverging)
	pathPx  []float64 // the path on screen, clamped to the loss map
}

// derive fills s.v and refreshes the cached pictures.
func (s *Scene) derive(c *ui.Context) {
	t, v := s.tr, &s.v
	v.cur, v.k, v.n = t.Cur(), t.K(), t.Data.Len()
	v.path, v.jSeries = v.path[:0], v.jSeries[:0]
	prevJ := v.cur.J
	pos := t.Hist.Pos()
	t.Each(func(i int, sn model.Snap) {
		v.path = append(v.path, sn.M.Theta[0], sn.M.Theta[1])
		v.jSeries = append(v.jSeries, float64(t.K0+i), sn.J)
		if i == pos-1 {
			prevJ = sn.J
		}
	})
	lo, hi := math.Inf(1), math.Inf(-1)
	for i := 1; i < len(v.jSeries); i += 2 {
		lo, hi = math.Min(lo, v.jSeries[i]), math.Max(hi, v.jSeries[i])
	}
	s.plot.Title, s.plot.XLabel = c.T("gradient.plot.title"), "k"
	s.plot.LogY = hi > 100*math.Max(lo, 1e-9)
	v.rising = !v.cur.Div && v.cur.J > prevJ*(1+1e-12)
	pts := t.Data.Points()
	_, v.dTheta, v.dB = v.cur.M.Gradient(pts, t.Loss)
	v.next = v.cur.M
	v.next.Theta[0] -= t.Alpha * v.dTheta[0]
	v.next.Theta[1] -= t.Alpha * v.dTheta[1]
	v.next.B -= t.Alpha * v.dB

	v.explain = -1
	if h := s.editor.Hover; h >= 0 && h < len(pts) {
		v.explain = h
	} else {
		v.explain = model.Worst(v.cur.M, pts, t.Loss)
	}
	if v.explain >= 0 {
		v.terms = model.Terms(v.cur.M, pts[v.explain], t.Loss)
	}

	v.half = viewHalf(v.path)
	s.tplane.Half = v.half
	s.tplane.Layout(s.lay.loss)
	v.pathPx = v.pathPx[:0]
	for i := 0; i+1 < len(v.path); i += 2 {
		x, y := s.mapPx([2]float64{v.path[i], v.path[i+1]})
		v.pathPx = append(v.pathPx, x, y)
	}
	changed := s.land.update(v.cur.M.B, v.half, pts, t.Data.Version(), t.Loss)
	if changed {
		s.mapGen++ // the views show the new map
	}
	if s.land.Pending() {
		c.Animating() // the rest of the map comes in the next ticks
	}
	s.gfx.refresh(c, &s.land, changed, v.cur.M, &s.plane, s.lay.loss)
	s.gfx.prepare(c, &s.land, s.lay.loss)
}

// mapPx returns where θ is on the loss map, clamped to its edges (a
// diverged θ far outside the view sits on the border).
func (s *Scene) mapPx(th [2]float64) (float64, float64) {
	r := s.lay.loss
	x, y := s.tplane.ToScreen(th)
	return min(max(x, r.X), r.Right()), min(max(y, r.Y), r.Bottom())
}
