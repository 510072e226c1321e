package embedding

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/scenes/embedding/model"
	"github.com/neurona/neurona/scenes/ui"
)

// drawPanel writes the side panel's settings into their still picture
// (redrawn when they change): the network and its loss, the parameter
// cells, the class buttons and the plots' legend, leaving room for the
// live part (drawLive), whose picture goes over it.
func (s *Scene) drawPanel(dst *ebiten.Image, c *ui.Context) {
	th := c.Theme
	p := ui.NewScrollPanel(dst, c, s.v.side, &s.scroll)
	defer p.End()
	dst = p.Dst()
	p.Part("network")
	p.Heading(c.T("embedding.title"))

	// The architecture and its loss, as the notes write them.
	arch, loss := s.headLines(c)
	p.Line(arch)
	p.Dim(loss)

	// Parameter cells, in the rectangles Update placed them in (flowCells;
	// kept for clicks).
	p.Part("params")
	ps := s.params(c)
	for i, r := range s.v.cells {
		sel := -1
		if i == s.sel {
			sel = 0
		}
		r.W += c.Px(6) // DrawParams leaves the gap after a cell
		ui.DrawParams(dst, c, r, ps[i:i+1], sel, c.Px(17))
	}
	p.Y = s.v.cellsBottom + c.Px(8)

	// The live numbers and the history line (drawLive), down to the
	// class buttons that layoutPanel placed below them.
	p.Part("numbers")
	p.Y = s.v.classBtn[0].Y

	// Class buttons for clicked points.
	p.Part("classes")
	s.drawClassButtons(dst, c)
	p.Y = s.v.classBottom

	// The curves.
	// The plots' legend, beside the class buttons, so that it covers no
	// curve; on a narrow panel (a phone's), where it would run past the
	// edge, on a line of its own above the plots.
	fs := c.Px(16)
	train, test := s.legend(c)
	b0, b3 := s.v.classBtn[0], s.v.classBtn[len(s.v.classBtn)-1]
	lx := b3.Right() + c.Px(12)
	ly := b0.Y + (b0.H-fs*1.2)/2
	p.Part("plots")
	if s.v.legendBelow {
		lx, ly = b0.X, p.Y
		p.Y += fs * 1.5
	}
	lx += ui.DrawText(dst, train, lx, ly, fs, th.Series1, ui.AlignLeft) + c.Px(12)
	ui.DrawText(dst, test, lx, ly, fs, th.Series2, ui.AlignLeft)
	s.plotsAt = p.Take(140)
}

// drawLive writes the side panel's live part into its still picture,
// redrawn at the end of each pass of the follower while playing (the
// settings' picture is kept): the numbers (≥ 20 px: read from the back of
// the room), the history line and the curves, where drawPanel left room
// for them.
func (s *Scene) drawLive(dst *ebiten.Image, c *ui.Context) {
	th := c.Theme
	side := s.v.side
	x, w, y := side.X+c.Px(16), side.W-c.Px(32), s.v.cellsBottom+c.Px(8)
	nums := s.numberLines(c)
	hist, bad := s.historyLine(c)
	for i, t := range [4]string{nums[0], nums[1], nums[2], hist} {
		ui.MainNumbers(i < 3) // the live numbers, read from the back of the room
		px, clr := c.Px(numbersPx), th.Text
		if i == 3 {
			px, clr = c.Px(ui.TextBody), th.TextDim
			if bad {
				clr = th.Warning
			}
		}
		// As ui.Panel.Text writes a line.
		h := ui.DrawWrapped(dst, t, x, y, w, px, c.Px(ui.TextMin), clr)
		y += math.Max(h/1.3*1.4, px*1.4)
	}
	// The curves; their titles go into the layout report where they are
	// in the panel's view, as the panel's own labels do.
	rep := c.Layout()
	n := len(rep.Labels)
	rest := s.plotsAt
	{
		w := rest.W / 2
		s.lossPlot.Title = c.T("embedding.plot.loss")
		s.lossPlot.LogY = true
		s.lossPlot.Draw(dst, c, ui.Rect{X: rest.X, Y: rest.Y, W: w - c.Px(6), H: rest.H}, []ui.Series{
			{XY: s.v.lossXY[0], Color: th.Series1},
			{XY: s.v.lossXY[1], Color: th.Series2, Dashed: true},
		})
		s.accPlot.Title = c.T("embedding.plot.acc")
		s.accPlot.YMin, s.accPlot.YMax = 0, 100
		s.accPlot.Draw(dst, c, ui.Rect{X: rest.X + w + c.Px(6), Y: rest.Y, W: w - c.Px(6), H: rest.H}, []ui.Series{
			{XY: s.v.accXY[0], Color: th.Series1},
			{XY: s.v.accXY[1], Color: th.Series2, Dashed: true},
		})
	}
	keep := rep.Labels[:n]
	for i := n; i < len(rep.Labels); i++ {
		if b := rep.Labels[i].Box; b[1] >= side.Y && b[3] <= side.Bottom() {
			keep = append(keep, rep.Labels[i])
		}
	}
	rep.Labels = keep
}

// legend is the plots' legend: the training and the test curves' names.
func (s *Scene) legend(c *ui.Context) (train, test string) {
	return "— " + c.T("embedding.train"), "- - " + c.T("embedding.test")
}

// headLines are the panel's lines under its title: the architecture and
// K, and the loss, as the notes write them.
func (s *Scene) headLines(c *ui.Context) (arch, loss string) {
	a := "2"
	for l := range s.layers {
		a += " → " + ui.Int(s.hidden[l])
	}
	out := 1
	if s.k > 2 {
		out = s.k
	}
	a += " → " + ui.Int(out)
	lossKey := "embedding.loss.ce"
	if s.k <= 2 {
		lossKey = "embedding.loss.bce"
	}
	return c.Tf("embedding.arch", a, s.k), c.T(lossKey)
}

// numberLines are the live numbers (written at numbersPx, ≥ 20 px: read
// from the back of the room): the step and speed, J, the accuracy.
func (s *Scene) numberLines(c *ui.Context) [3]string {
	m := s.v.metrics
	speed := ui.Num(s.player.StepsPerSecond()) + " " + c.T("ui.steps.per.second")
	lossLine := "J = " + ui.Num(m.Loss)
	accLine := c.T("embedding.acc") + " " + pct(m.Acc)
	if m.HasTest {
		lossLine += " · " + c.T("embedding.test") + " " + ui.Num(m.TestLoss)
		accLine += " · " + c.T("embedding.test") + " " + pct(m.TestAcc)
	}
	return [3]string{c.Tf("embedding.step", m.Step, s.v.epoch) + " · " + speed, lossLine, accLine}
}

// numbersPx is the live numbers' text size, in layout units.
const numbersPx = 20

// historyLine is the line under the numbers: where in the history the
// view is, or (bad) that a step was refused.
func (s *Scene) historyLine(c *ui.Context) (line string, bad bool) {
	if s.run.Diverged() {
		return c.T("embedding.diverged"), true
	}
	return c.Tf("embedding.history", s.v.histPos+1, s.v.histLen, model.HistoryLimit), false
}

// pct writes a fraction as a percentage.
func pct(v float64) string {
	if math.IsNaN(v) {
		return "—"
	}
	return ui.Int(int(math.Round(100*v))) + " %"
}

// drawClassButtons draws the class toggle: the class a click adds.
func (s *Scene) drawClassButtons(dst *ebiten.Image, c *ui.Context) {
	th := c.Theme
	for k, r := range s.v.classBtn {
		if r.Empty() {
			continue
		}
		if k == s.class {
			ui.FillRect(dst, r, ui.WithAlpha(th.Accent, 0x40))
			ui.StrokeRect(dst, r, c.Px(2), th.Accent)
		} else {
			ui.StrokeRect(dst, r, c.Px(1), th.PanelEdge)
		}
		ui.ClassMarker(dst, r.X+r.W*0.32, r.Y+r.H/2, c.Px(7), k, false, th)
		ui.DrawText(dst, ui.Int(k), r.X+r.W*0.62, r.Y+(r.H-c.Px(17)*1.2)/2, c.Px(17), th.Text, ui.AlignLeft)
	}
}
