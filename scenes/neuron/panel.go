package neuron

import (
	"fmt"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/neuron/model"
	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/ui/place"
)

// drawPanel writes the side panel: the equation, the parameters, the
// activation's curve, the equation with the probe's numbers and the table.
func (s *Scene) drawPanel(dst *ebiten.Image, c *ui.Context) {
	th := c.Theme
	p := ui.NewScrollPanel(dst, c, s.side, &s.scroll)
	defer p.End()
	dst = p.Dst()
	p.Part("title")
	p.Heading(c.T("neuron.title"))

	p.Part("equation")
	eq := "σ(θ₁x₁ + θ₂x₂ + b) = ŷ"
	px := ui.FitText(eq, c.Px(26), p.R.W-c.Px(32))
	ui.DrawText(dst, eq, p.R.X+c.Px(16), p.Y, px, th.Text, ui.AlignLeft)
	p.Y += px * 1.5

	ps := [model.NumParams]ui.Param{
		{Name: "θ₁", Value: ui.Fixed(s.n.Theta[0])},
		{Name: "θ₂", Value: ui.Fixed(s.n.Theta[1])},
		{Name: "b", Value: ui.Fixed(s.n.B)},
	}
	p.Part("params")
	row := ui.Rect{X: p.R.X + c.Px(12), Y: p.Y, W: p.R.W - c.Px(24), H: c.Px(34)}
	ui.DrawParams(dst, c, row, ps[:], s.sel, c.Px(19))
	p.Y += row.H + c.Px(8)
	p.Line(c.Tf("neuron.activation", c.T("neuron.act."+s.n.Act.String())))

	// The curve gets a share of the panel's height, within limits, so the
	// rest still fits on a short screen.
	p.Part("curve")
	h := math.Max(c.Px(110), math.Min(c.Px(210), s.side.H*0.26))
	s.drawCurve(dst, c, ui.Rect{X: p.R.X + c.Px(16), Y: p.Y, W: p.R.W - c.Px(32), H: h})
	p.Y += h + c.Px(10)

	p.Part("probe")
	x := s.probe
	a := s.n.Potential(x)
	p.Dim(c.Tf("neuron.at", ui.Fixed(x[0]), ui.Fixed(x[1])))
	p.Line("a_{k} = " + ui.Fixed(s.n.Theta[0]) + "·" + ui.ParenFixed(x[0]) + " + " +
		ui.Fixed(s.n.Theta[1]) + "·" + ui.ParenFixed(x[1]) + ui.TermFixed(s.n.B) + " = " + ui.Fixed(a))
	p.Line("ŷ = σ(" + ui.Fixed(a) + ") = " + ui.Fixed(s.n.Output(x)))
	p.Gap()

	p.Part("table")
	rows := [][]string{{"x₁", "x₂", "a_{k}", "ŷ", c.T("neuron.class"), ""}}
	hl := -1
	for i, r := range s.rows {
		mark := "✓"
		if r.Got != r.Want {
			mark = "✗"
		}
		rows = append(rows, []string{ui.Fixed(r.X[0]), ui.Fixed(r.X[1]), ui.Fixed(r.A), ui.Fixed(r.YHat), classLabel(r.Want), mark})
		if i == s.editor.Hover {
			hl = i + 1
		}
	}
	if len(s.rows) > 0 {
		p.Table(rows, hl)
		n := s.data.Len()
		clr := th.Good
		if s.right < n {
			clr = th.Warning
		}
		p.Text(c.Tf("neuron.correct", s.right, n), clr)
	} else {
		p.Dim(c.T("neuron.empty"))
	}
	p.Gap()
	p.Part("presets")
	if s.n == presets[s.preset].neuronOf() {
		p.Dim(c.T(presets[s.preset].name))
	}
	p.Dim(c.T("neuron.presets"))
}

// classLabel writes a class as the table does: +1 or −1.
func classLabel(y int) string {
	if y > 0 {
		return "+1"
	}
	return "−1"
}

// yRange is the part of the output axis the curve's plot shows.
func yRange(act engine.Activation) (lo, hi float64, labels [2]string) {
	switch act {
	case engine.Sign:
		return -1.35, 1.35, [2]string{"−1", "1"}
	case engine.Arctan:
		return -1.9, 1.9, [2]string{"−π/2", "π/2"}
	case engine.Sigmoid:
		return -0.18, 1.18, [2]string{"0", "1"}
	}
	return -0.8, model.CurveRange + 0.4, [2]string{"0", fmt.Sprint(model.CurveRange)}
}

// drawCurve plots σ(a) for a in ±model.CurveRange and marks the probe's a_k.
func (s *Scene) drawCurve(dst *ebiten.Image, c *ui.Context, r ui.Rect) {
	th := c.Theme
	fs := c.Px(ui.TextMin)
	area := ui.Rect{X: r.X + c.Px(44), Y: r.Y + c.Px(4), W: r.W - c.Px(52), H: r.H - fs*1.5}
	if area.W < c.Px(60) || area.H < c.Px(40) {
		return
	}
	lo, hi, labels := yRange(s.n.Act)
	sx := func(a float64) float64 { return area.X + (a+model.CurveRange)/(2*model.CurveRange)*area.W }
	sy := func(v float64) float64 { return area.Bottom() - (v-lo)/(hi-lo)*area.H }
	ui.FillRect(dst, area, th.Background)
	half := area.W / 2
	ui.FillRect(dst, ui.Rect{X: area.X, Y: area.Y, W: half, H: area.H}, ui.WithAlpha(th.ClassNeg, 0x30))
	ui.FillRect(dst, ui.Rect{X: area.X + half, Y: area.Y, W: half, H: area.H}, ui.WithAlpha(th.ClassPos, 0x30))
	ui.StrokeRect(dst, area, c.Px(1), th.PanelEdge)
	ui.Line(dst, area.X, sy(0), area.Right(), sy(0), c.Px(1.5), th.Axis)
	ui.Line(dst, sx(0), area.Y, sx(0), area.Bottom(), c.Px(1.5), th.Axis)
	topV, botV := 1.0, -1.0
	switch s.n.Act {
	case engine.Arctan:
		topV, botV = math.Pi/2, -math.Pi/2
	case engine.Sigmoid:
		botV = 0
	case engine.ReLU:
		topV, botV = model.CurveRange, 0
	}
	ui.DashedLine(dst, area.X, sy(topV), area.Right(), sy(topV), c.Px(1), c.Px(4), th.Grid)
	// The scales and names: the ticks where a plot's ticks go, a_k and
	// σ(a_k) placed inside the plot clear of the curve, the axes, the
	// probe's dot and the ticks (a_k once touched the tick 6).
	pl := &s.curvePl
	pl.Reset(area.Inset(c.Px(2)).Box())
	pl.Gap, pl.Pad, pl.Rings = c.Px(place.DefaultGap), c.Px(place.DefaultPad), place.DefaultRings
	tickAt := func(text string, x, y float64, align ui.Align) {
		w, h := ui.MeasureText(text, fs)
		x = align.Left(x, w)
		ui.DrawText(dst, text, x, y, fs, th.TextDim, ui.AlignLeft)
		pl.AddLabel(text, place.BoxAt(x, y, w, h))
	}
	tickAt(labels[1], area.X-c.Px(6), sy(topV)-fs*0.6, ui.AlignRight)
	tickAt(labels[0], area.X-c.Px(6), sy(botV)-fs*0.6, ui.AlignRight)
	tickAt("−6", area.X, area.Bottom()+c.Px(2), ui.AlignLeft)
	tickAt("0", sx(0), area.Bottom()+c.Px(2), ui.AlignCenter)
	tickAt("6", area.Right(), area.Bottom()+c.Px(2), ui.AlignRight)

	// scratch is a drawing buffer, reused so a frame allocates nothing.
	s.scratch = s.scratch[:0]
	for i := 0; i+1 < len(s.curve); i += 2 {
		s.scratch = append(s.scratch, sx(s.curve[i]), sy(math.Max(lo, math.Min(hi, s.curve[i+1]))))
	}
	ui.Polyline(dst, s.scratch, c.Px(3), th.Line)
	for i := 2; i+1 < len(s.scratch); i += 2 {
		pl.AddSegment(place.Point{X: s.scratch[i-2], Y: s.scratch[i-1]}, place.Point{X: s.scratch[i], Y: s.scratch[i+1]})
	}
	pl.AddSegment(place.Point{X: area.X, Y: sy(0)}, place.Point{X: area.Right(), Y: sy(0)})
	pl.AddSegment(place.Point{X: sx(0), Y: area.Y}, place.Point{X: sx(0), Y: area.Bottom()})

	a := s.n.Potential(s.probe)
	v := s.n.Act.F(a)
	ac := math.Max(-model.CurveRange, math.Min(model.CurveRange, a))
	mx, my := sx(ac), sy(math.Max(lo, math.Min(hi, v)))
	ui.DashedLine(dst, mx, sy(0), mx, my, c.Px(2), c.Px(4), th.Accent)
	if ac != a { // off the plot: an arrow at the edge says which way
		dir := math.Copysign(1, a)
		ui.Arrow(dst, mx-dir*c.Px(18), my, mx, my, c.Px(3), c.Px(10), th.Accent)
	} else {
		ui.Circle(dst, mx, my, c.Px(7), th.Accent)
		ui.Ring(dst, mx, my, c.Px(7), c.Px(1.5), th.Outline)
		pl.AddMarker(mx, my, c.Px(7))
	}
	pl.AddSegment(place.Point{X: mx, Y: sy(0)}, place.Point{X: mx, Y: my})
	for _, name := range []struct {
		text string
		at   place.Point
	}{{"a_{k}", place.Point{X: area.Right() - c.Px(4), Y: sy(0)}}, {"σ(a_{k})", place.Point{X: sx(0), Y: area.Y + c.Px(4)}}} {
		at := ui.PlaceText(pl, name.text, place.Box{X0: name.at.X, Y0: name.at.Y, X1: name.at.X, Y1: name.at.Y}, fs, 0)
		ui.DrawPlaced(dst, c, at, fs, 0, th.TextDim, color.RGBA{})
	}
	c.Layout().Add(pl)
}
