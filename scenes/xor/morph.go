package xor

import (
	"math"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/ui/place"
	"github.com/neurona/neurona/scenes/xor/model"
)

// Text sizes of the morph's axes, in layout units (≥ 16 px at 1280×720).
const (
	morphTickSize = 16
	morphNameSize = 19
	morphCapSize  = 18
)

// axisTick is one tick label of the morph's axes: its text and where its
// box goes, in screen pixels.
type axisTick struct {
	text string
	box  place.Box
}

// morphView is what Draw shows of the morph, computed in Update: which
// stage is shown and how far along, the frame the shown space is drawn
// in, its axis names and ticks, each hidden unit's line carried along,
// and the caption that names the stage.
type morphView struct {
	stage   int     // 0 input space, 1 the affine map, 2 the squashing
	k       float64 // progress through the stage, 0…1
	frame   model.Frame
	names   [2]string
	nameBox [2]place.Box
	ticks   []axisTick
	units   [engine.MaxHidden][]float64 // each hidden unit's line a_j = 0, carried along (screen, NaN breaks)
	capText []string
	capBox  place.Box
	pl      *place.Placer
}

// refreshMorph computes the morph's view at position t for network m.
func (s *Scene) refreshMorph(c *ui.Context, m *engine.MLP, t float64) {
	v := &s.v.morph
	v.stage, v.k = model.MorphStage(t)
	v.ticks = v.ticks[:0]
	v.capText = v.capText[:0]
	for j := range v.units {
		v.units[j] = v.units[j][:0]
	}
	if v.stage == 0 {
		return
	}
	r := s.plane.Rect
	if v.pl == nil {
		v.pl = place.New(r.Box())
	}
	v.pl.Reset(r.Box())
	rad := ui.PointRadius(c, s.data.Len())
	if n := len(s.v.pts) / 2; n <= 2000 {
		for i := range n {
			v.pl.AddMarker(s.v.pts[2*i], s.v.pts[2*i+1], rad)
		}
	}
	if v.stage == 1 {
		v.frame = model.AffineFrame(m)
		v.names = [2]string{"a_{1}", "a_{2}"}
	} else {
		v.frame = model.HiddenFrame(m.Hidden)
		v.names = [2]string{"z_{1}", "z_{2}"}
	}
	// The frame's edges: ticks below the bottom edge (axis 1) and left of
	// the left edge (axis 2), clear of the markers at the corners.
	x0, y0 := s.plane.ToScreen([2]float64{0, 0})
	x1, y1 := s.plane.ToScreen([2]float64{1, 1})
	fs := c.Px(morphTickSize)
	off := rad + c.Px(4)
	for i := range 2 {
		step := v.frame.Step(i)
		lo, hi := v.frame.Lo[i], v.frame.Hi[i]
		for k := math.Ceil(lo/step - 1e-9); k*step <= hi+1e-9*step; k++ {
			val := k * step
			u := v.frame.To([2]float64{val, val})[i]
			text := ui.Num(val)
			w, h := ui.MeasureText(text, fs)
			var b place.Box
			if i == 0 {
				sx := x0 + (x1-x0)*u
				b = place.BoxAt(sx-w/2, y0+off, w, h)
			} else {
				sy := y0 + (y1-y0)*u
				b = place.BoxAt(x0-off-w, sy-h/2, w, h)
			}
			v.ticks = append(v.ticks, axisTick{text, b})
			v.pl.AddLabel(text, b)
		}
	}
	np := c.Px(morphNameSize)
	w, h := ui.MeasureText(v.names[0], np)
	v.nameBox[0] = place.BoxAt((x0+x1)/2-w/2, y0+off+fs*1.3, w, h)
	w, h = ui.MeasureText(v.names[1], np)
	v.nameBox[1] = place.BoxAt(x0-off-w-c.Px(10)-maxTickWidth(v.ticks, x0), (y0+y1)/2-h/2, w, h)
	v.pl.AddLabel(v.names[0], v.nameBox[0])
	v.pl.AddLabel(v.names[1], v.nameBox[1])

	if v.stage == 2 && m.H >= 2 {
		// The output unit's line, drawn in hidden space.
		w, b := model.OutputLineInFrame(*m)
		if sx0, sy0, sx1, sy1, ok := s.plane.ClipLine(w[0], w[1], b); ok {
			v.pl.AddSegment(place.Point{X: sx0, Y: sy0}, place.Point{X: sx1, Y: sy1})
		}
	}
	// Each hidden unit's line a_j = 0 of the input plane, carried along.
	for j := range min(m.H, 2) {
		v.units[j] = s.carryLine(v.units[j], m, j, t)
	}

	// The caption: which stage, and what it does.
	switch {
	case v.stage == 1 && model.Rank1(m):
		v.capText = append(v.capText, c.T("xor.morph.affine"), c.T("xor.morph.rank1"))
	case v.stage == 1:
		v.capText = append(v.capText, c.T("xor.morph.affine"), c.T("xor.morph.linear"))
	default:
		v.capText = append(v.capText, c.T("xor.morph.squash"), c.T("xor.morph.bend"))
	}
	px := c.Px(morphCapSize)
	cw := 0.0
	for _, l := range v.capText {
		lw, _ := ui.MeasureText(l, px)
		cw = math.Max(cw, lw)
	}
	pad := c.Px(5)
	cw = math.Min(cw+2*pad, r.W-c.Px(16))
	ch := float64(len(v.capText))*px*1.3 + pad
	// Anchored just above the plane's top-left corner: the placer's first
	// choice below it is the corner, then beside it, then further down.
	m8 := c.Px(8)
	anchor := place.Box{X0: r.X + m8, Y0: r.Y + m8 - 2*v.pl.Gap, X1: r.X + m8 + cw, Y1: r.Y + m8 - v.pl.Gap}
	v.capBox = v.pl.PlaceNear("caption", anchor, cw, ch).Box
}

// maxTickWidth is the width of the widest tick label left of x (axis 2's).
func maxTickWidth(ts []axisTick, x float64) float64 {
	w := 0.0
	for _, t := range ts {
		if t.box.X1 < x {
			w = math.Max(w, t.box.W())
		}
	}
	return w
}

// carryLine appends hidden unit j's line a_j = 0, over the input plane's
// window, as drawn at morph position t (screen pixels): a straight line
// through the affine stage, and z_j = σ(0) once squashed.
func (s *Scene) carryLine(dst []float64, m *engine.MLP, j int, t float64) []float64 {
	w := m.W1[j]
	sx0, sy0, sx1, sy1, ok := s.plane.ClipLine(w[0], w[1], m.B1[j])
	if !ok {
		return dst
	}
	a, b := s.plane.DataAt(sx0, sy0), s.plane.DataAt(sx1, sy1)
	for i := range gridSamples + 1 {
		k := float64(i) / gridSamples
		x := [2]float64{a[0] + (b[0]-a[0])*k, a[1] + (b[1]-a[1])*k}
		px, py := s.plane.ToScreen(model.Morphed(m, x, t))
		dst = append(dst, px, py)
	}
	return dst
}
