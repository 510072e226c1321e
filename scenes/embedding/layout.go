package embedding

import (
	"math"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/embedding/model"
	"github.com/neurona/neurona/scenes/i18n"
	"github.com/neurona/neurona/scenes/ui"
)

// view is what Draw shows, computed in Update so that Draw only reads.
type view struct {
	side      ui.Rect
	plane     ui.Plane // the data plane
	space     ui.Plane // the chosen layer's space (or the layer's t-SNE)
	rawSpace  ui.Plane // t-SNE of the raw inputs (t-SNE view)
	netRect   ui.Rect  // the network diagram
	titleRows [3]ui.Rect

	nodes    [engine.MaxLayers + 2][engine.MaxHidden]ui.Rect // each unit's picture
	widths   [engine.MaxLayers + 2]int
	cells    [numParams]ui.Rect
	cellCols int // parameter cells to a row
	classBtn [engine.MaxClasses]ui.Rect

	cellsBottom, classBottom float64
	legendBelow              bool // the plots' legend is under the class buttons, not beside them

	kinds    []uint8        // marker of each point: class, + MaxClassMarkers if held out
	planeXY  spots          // points on the data plane, screen
	planePts []engine.Point // the points' positions, for the axis names to avoid
	spaceXY  spots          // points in the layer's space (morphed), screen
	rawXY    spots          // points in the raw t-SNE, screen
	// planeAt and rawAt are what planeXY and rawXY were placed for: a
	// tick whose points, plane and raw t-SNE are as they were (every
	// tick while the raw inputs' P is calibrated) leaves them as they are
	// rather than placing two thousand markers anew.
	planeAt  planePlaced
	rawAt    rawPlaced
	placed   int // times planeXY was placed anew (tests read it)
	lines    []lineView
	klRaw    float64
	klLayer  float64
	calib    bool
	tsneErr  string
	morph    float64
	metrics  model.Sample
	histPos  int
	histLen  int
	epoch    int
	panelAt  int // the follower's passes the panel's counts were taken at
	netShown int // the netVersion the diagram's edges show: taken with the panel's counts
	lossXY   [2][]float64
	accXY    [2][]float64
	spaceKey [4]float64 // the layer's space's view, eased

	panelLaid panelLayoutKey // what the panel's cells were laid out for
	titles    [3][3]string   // the views' titles, long, short and shortest (refreshTitles)
	titlesAt  titlesKey      // what they were written for
}

// lineView is one of the next layer's lines in a 2-unit layer's space.
type lineView struct {
	w      [2]float64
	b      float64
	output bool // a line of the output layer (a decision line)
	unit   int
}

// layout places the data plane and the layer's space side by side above
// the network diagram, with the panel on the side (below on a phone).
func (s *Scene) layout(c *ui.Context) {
	main, side := ui.SplitMain(c)
	s.v.cellCols = 2
	if side.Y > main.Y {
		// Portrait (a phone): the panel below takes the height its parts
		// need, with the cells three to a row, and the views the rest.
		s.v.cellCols = 3
		b := c.Bounds
		need := s.panelHeight(c)
		main, side = b.SplitTop(b.H - math.Min(need, b.H*0.64))
	}
	s.v.side = side
	title := c.Px(28)
	top, bottom := main.SplitTop(math.Min(main.H*0.58, main.W/2+title))
	left, right := top.SplitLeft(top.W / 2)
	for i, r := range [...]ui.Rect{left, right} {
		s.v.titleRows[i] = ui.Rect{X: r.X + c.Px(10), Y: r.Y + c.Px(4), W: r.W - c.Px(20), H: title}
	}
	inner := func(r ui.Rect) ui.Rect {
		r = r.Inset(c.Px(10))
		r.Y += title
		r.H = math.Max(0, r.H-title)
		return r
	}
	// A small plane (a phone's) shows a wider margin around the data, so
	// that the axis names find room off the points.
	in := inner(left)
	s.v.plane.Half = s.dataHalf
	if m := math.Min(in.W, in.H); m < c.Px(300) {
		s.v.plane.Half *= 1 + 0.9*(c.Px(300)-m)/c.Px(300)
	}
	s.v.plane.Layout(in)
	sp := inner(right)
	if s.view == model.ViewTSNE {
		// Raw inputs' t-SNE above the layer's (side by side when wide).
		var a, b ui.Rect
		if sp.W > sp.H*1.4 {
			a, b = sp.SplitLeft(sp.W / 2)
			b.X += c.Px(6)
			b.W -= c.Px(6)
			s.v.titleRows[1].W = a.W // the layer's title goes beside it
		} else {
			a, b = sp.SplitTop(sp.H / 2)
			b.Y += title
			b.H = math.Max(0, b.H-title)
		}
		s.v.rawSpace.Layout(a)
		s.v.space.Layout(b)
		s.v.titleRows[2] = ui.Rect{X: b.X, Y: b.Y - title + c.Px(4), W: b.W, H: title}
	} else {
		s.v.space.Layout(sp)
		s.v.rawSpace.Rect = ui.Rect{}
	}
	s.v.netRect = bottom.Inset(c.Px(10))
	s.layoutNet(c)
	s.layoutPanel(c)
}

// layoutNet places each unit's picture: one column per layer, units
// centred in their column.
func (s *Scene) layoutNet(c *ui.Context) {
	r := s.v.netRect
	r.H = math.Max(0, r.H-c.Px(24)) // room for the layers' names below
	cols := s.layers + 2
	colW := r.W / float64(cols)
	rowH := r.H / float64(engine.MaxHidden)
	size := math.Max(c.Px(8), math.Min(math.Min(colW*0.42, rowH*0.86), c.Px(64)))
	for l := range engine.MaxLayers + 2 {
		s.v.widths[l] = 0
	}
	out := 1
	if s.k > 2 {
		out = s.k
	}
	for l := range cols {
		w := 2
		switch {
		case l == cols-1:
			w = out
		case l > 0:
			w = s.hidden[l-1]
		}
		s.v.widths[l] = w
		cx := r.X + colW*(float64(l)+0.5)
		gap := math.Min(rowH, r.H/float64(max(w, 1)))
		y0 := r.Y + r.H/2 - gap*float64(w)/2
		for j := range w {
			cy := y0 + gap*(float64(j)+0.5)
			s.v.nodes[l][j] = ui.Rect{X: cx - size/2, Y: cy - size/2, W: size, H: size}
		}
	}
}

// netLayerKey is what the diagram's picture depends on (besides the
// context's geometry, theme and language): the shape, the chosen layer
// and the network whose edges it draws.
type netLayerKey struct {
	layer, layers int
	widths        [engine.MaxLayers + 2]int
	net           int // the netVersion shown (view.netShown)
}

// panelKey is what the side panel shows: the settings, the selection,
// and what its live part shows (the numbers and the curves).
type panelKey struct {
	dataset, view           string
	noise, split, lr, l2    float64
	perp                    float64
	seed                    int64
	k, layers, layer, batch int
	hidden                  [engine.MaxLayers]int
	act                     engine.Activation
	sel, class              int
	scroll                  float64 // the panel's scroll offset
	live                    panelLive
}

// panelLive is what the panel's live part shows, which changes at the end
// of each pass of the follower while playing: the numbers, the history
// line and the curves.
type panelLive struct {
	metrics                 model.Sample
	histPos, histLen, epoch int
	speed                   int
	cap                     float64 // the steps a second the budget allows (Player.Cap)
	diverged                bool
	curve, curveLast        int
}

// panelKey returns the panel's key now.
func (s *Scene) panelKey() panelKey {
	cv := s.run.Curve()
	last := -1
	if len(cv) > 0 {
		last = cv[len(cv)-1].Step
	}
	return panelKey{
		dataset: s.dataset, view: s.view, noise: s.noise, split: s.split, lr: s.lr, l2: s.l2, perp: s.perp,
		seed: s.seed, k: s.k, layers: s.layers, layer: s.layer, batch: s.batch, hidden: s.hidden, act: s.act,
		sel: s.sel, class: s.class, scroll: s.scroll.Off,
		live: panelLive{
			metrics: s.v.metrics, histPos: s.v.histPos, histLen: s.v.histLen, epoch: s.v.epoch,
			speed: s.player.Speed, cap: s.player.Cap, diverged: s.run.Diverged(), curve: len(cv), curveLast: last,
		},
	}
}

// unitRef names a unit of the diagram: layer l (0 inputs … L+1 output), unit j.
type unitRef struct{ l, j int }

// unitAt returns the unit whose picture is at screen (x, y), l = −1 if none.
func (s *Scene) unitAt(x, y float64) unitRef {
	for l := range s.layers + 2 {
		for j := range s.v.widths[l] {
			if s.v.nodes[l][j].Inset(-2).Contains(x, y) {
				return unitRef{l, j}
			}
		}
	}
	return unitRef{l: -1}
}

// refresh computes everything Draw shows: the follower and t-SNE take
// what is left of the tick's work (all a change needs, while paused).
func (s *Scene) refresh(c *ui.Context, playing bool) {
	if s.run.Measured() {
		s.v.metrics = s.run.Metrics()
	}
	s.v.morph = s.morphPos()
	n := len(s.pts)

	// Markers and data-plane positions: placed anew when the points, their
	// version or the plane change, or while a point is dragged (a drag
	// moves it in place).
	if pk := (planePlaced{ver: s.version, n: n, plane: s.v.plane, valid: true}); pk != s.v.planeAt || s.drag >= 0 {
		s.v.planeAt = pk
		s.placePlane()
	}

	// The network's numbers and pictures, then t-SNE.
	s.embNew = false
	budget := math.MaxInt
	if playing {
		// What training left, less t-SNE's part.
		reserve := 0
		if s.view == model.ViewTSNE {
			reserve = s.tickBudget() * tsneShare / 100
		}
		budget = max(s.tickBudget()-s.work-reserve, 0)
	}
	s.work += s.follow(budget)
	if !playing || s.fol.passes != s.v.panelAt {
		// While playing, the panel's counts follow the follower's
		// passes, taken in the tick that ends a pass (which also
		// brings its numbers and curves), so that the panel is redrawn
		// once a pass.
		if playing && s.fol.passes != s.v.panelAt {
			s.chargeRedraw() // the next Draw redraws the live part and the edges
		}
		s.v.histPos, s.v.histLen = s.run.History()
		s.v.epoch = s.run.Epoch()
		s.v.panelAt = s.fol.passes
		s.v.netShown = s.netVersion
	}
	s.refreshTiles(c)
	net := s.run.Net()

	// The layer's space.
	s.v.lines = s.v.lines[:0]
	var rk rawPlaced // the raw t-SNE's positions to place (none: t == nil)
	s.v.tsneErr = ""
	ys := s.emb.Y
	if s.view == model.ViewTSNE {
		s.tsne.Sync(s.all, s.version, s.emb.Out, s.emb.D, s.layer, s.perp, s.embNew)
		s.work += s.tsne.Tick(max(s.tickBudget()-s.work, 0))
		switch {
		case s.tsne.Err != nil:
			s.v.tsneErr = c.Tf("embedding.tsne.few", 2)
		case s.tsne.Layer != nil:
			ys = s.tsne.Layer.Y()
		default:
			ys = nil
		}
		if s.tsne.Err == nil {
			s.v.klRaw, s.v.klLayer = s.tsne.KL()
			s.v.calib = s.tsne.Calibrating()
			rk = rawPlaced{t: s.tsne.Raw, iter: s.tsne.Raw.Iter(), rect: s.v.rawSpace.Rect}
		}
	} else if !s.emb.PCA {
		ws, bs := model.Lines(net, s.layer)
		for j := range ws {
			s.v.lines = append(s.v.lines, lineView{w: ws[j], b: bs[j], output: s.layer == s.layers, unit: j})
		}
	}
	if rk != s.v.rawAt || rk.t == nil {
		s.v.rawAt = rk
		s.placeRaw(rk.t)
	}
	ease := 0.25
	if s.changed && !s.player.Playing {
		ease = 1
	}
	if s.view == model.ViewTSNE {
		ease = 1
	}
	fit(&s.v.space, ys, ease)
	t := s.v.morph
	s.v.spaceXY.begin()
	if len(ys) == n {
		for i, p := range s.pts {
			// At t = 0 the points sit where they are in the input plane,
			// scaled into the same rectangle.
			x0, y0 := mapInto(&s.v.plane, &s.v.space, p.X)
			x1, y1 := s.v.space.ToScreen(ys[i])
			s.v.spaceXY.xy = append(s.v.spaceXY.xy, x0+(x1-x0)*t, y0+(y1-y0)*t)
		}
	}
	s.v.spaceXY.end()

	s.refreshCurves()
	s.refreshTitles(c)
}

// mapInto returns where data point x of plane a falls in plane b's
// rectangle, keeping its place relative to a's rectangle.
func mapInto(a, b *ui.Plane, x [2]float64) (float64, float64) {
	ax, ay := a.ToScreen(x)
	u := (ax - a.Rect.X) / math.Max(a.Rect.W, 1)
	v := (ay - a.Rect.Y) / math.Max(a.Rect.H, 1)
	return b.Rect.X + u*b.Rect.W, b.Rect.Y + v*b.Rect.H
}

// fit moves plane p's view a fraction ease of the way towards the square
// that holds every position in ys, so that the space follows its points
// without jumping.
func fit(p *ui.Plane, ys [][2]float64, ease float64) {
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, y := range ys {
		if math.IsNaN(y[0]+y[1]) || math.IsInf(y[0]+y[1], 0) {
			continue
		}
		x0, x1 = math.Min(x0, y[0]), math.Max(x1, y[0])
		y0, y1 = math.Min(y0, y[1]), math.Max(y1, y[1])
	}
	if math.IsInf(x0, 0) {
		return
	}
	cx, cy := (x0+x1)/2, (y0+y1)/2
	half := math.Max(math.Max(x1-x0, y1-y0)/2*1.12, 1e-6)
	if p.Half <= 0 || math.IsNaN(p.Half) {
		ease = 1
	}
	p.CX += (cx - p.CX) * ease
	p.CY += (cy - p.CY) * ease
	p.Half += (half - p.Half) * ease
	p.Layout(p.Rect)
}

// layoutPanel places the parameter cells (cellCols to a row) and the class
// buttons in the side panel, where drawPanel draws them and clicks find
// them.
func (s *Scene) layoutPanel(c *ui.Context) {
	side := s.v.side
	s.scroll.Update(c, side) // the panel scrolls; its cells and buttons move with it
	// The lines above and between the cells are laid out (their text made
	// and measured) only when what they say or where they go changed.
	k := panelLayoutKey{panel: s.panelKey(), side: side, scale: c.Scale, zoom: c.Zoom, lang: c.Lang, cols: s.v.cellCols}
	if k == s.v.panelLaid {
		return
	}
	s.v.panelLaid = k
	x := side.X + c.Px(12)
	w := side.W - c.Px(24)
	// Below the title and the two lines of drawPanel, as they wrap.
	body := c.Px(ui.TextBody)
	arch, loss := s.headLines(c)
	y := side.Y - s.scroll.Off + c.Px(12) + ui.HeadingAdvance(c, side, c.T("embedding.title"), body) +
		ui.TextAdvance(c, side, arch, body) + ui.TextAdvance(c, side, loss, body) + c.Px(4)
	rowH := c.Px(s.cellRowH())
	cols := s.v.cellCols
	cw := w / float64(cols)
	var place [numParams][3]int
	rows := s.flowCells(c, w, &place)
	for i, p := range place {
		row, col, span := p[0], p[1], p[2]
		s.v.cells[i] = ui.Rect{X: x + cw*float64(col), Y: y + (rowH+c.Px(3))*float64(row), W: cw*float64(span) - c.Px(6), H: rowH}
	}
	s.v.cellsBottom = y + (rowH+c.Px(3))*float64(rows)
	// Below the numbers: three lines of 20 px and the history line (or
	// the warning that a step was refused), as they wrap.
	by := s.v.cellsBottom + c.Px(8)
	for _, l := range s.numberLines(c) {
		by += ui.TextAdvance(c, side, l, c.Px(numbersPx))
	}
	hist, _ := s.historyLine(c)
	by += ui.TextAdvance(c, side, hist, body)
	// The class buttons start the row; the plots' legend follows them.
	bw := math.Min(w/2/float64(len(s.v.classBtn)), c.Px(44))
	for k := range s.v.classBtn {
		s.v.classBtn[k] = ui.Rect{X: x + bw*float64(k), Y: by, W: bw - c.Px(6), H: c.Px(30)}
	}
	s.v.classBottom = by + c.Px(36)
	// The plots' legend goes beside the buttons, or on a line of its own
	// where it would run past the panel's edge (a phone's).
	train, test := s.legend(c)
	w1, _ := ui.MeasureText(train, c.Px(16))
	w2, _ := ui.MeasureText(test, c.Px(16))
	s.v.legendBelow = s.v.classBtn[len(s.v.classBtn)-1].Right()+c.Px(24)+w1+w2 > side.Right()-c.Px(8)
}

// panelLayoutKey is what the panel's layout depends on.
type panelLayoutKey struct {
	panel       panelKey
	side        ui.Rect
	scale, zoom float64
	lang        i18n.Lang
	cols        int
}

// flowCells places the parameter cells in rows of cellCols columns across
// width w: a cell whose "name = value" would not fit one column at the
// legible size (the cells write at 17 px, shrunk to fit down to it) takes
// as many columns as it needs (a phone's narrow ones), and
// the last cell of a row takes the rest of it, so that no cell's text is
// shrunk below the legible size for want of room. It sets each cell's
// row, column and span and returns the number of rows.
func (s *Scene) flowCells(c *ui.Context, w float64, place *[numParams][3]int) int {
	cols := max(s.v.cellCols, 1)
	cw := w / float64(cols)
	ps := s.params(c)
	var span [numParams]int
	for i, p := range ps {
		tw, _ := ui.MeasureText(p.Name+" = "+p.Value, c.LegiblePx())
		span[i] = min(max(int(math.Ceil((tw+c.Px(16))/math.Max(cw, 1))), 1), cols)
	}
	row, col := 0, 0
	for i := range numParams {
		if col+span[i] > cols {
			row, col = row+1, 0
		}
		k := span[i]
		if i+1 == numParams || col+k+span[i+1] > cols {
			k = cols - col
		}
		place[i] = [3]int{row, col, k}
		col += k
	}
	return row + 1
}

// cellRowH is the height of a row of cells, in layout units: a little
// less on a phone (three columns), whose cells take more rows to keep
// their text legible.
func (s *Scene) cellRowH() float64 {
	if s.v.cellCols >= 3 {
		return 24
	}
	return 28
}

// panelHead is the height of the panel's heading and its two lines above
// the cells.
func panelHead(c *ui.Context) float64 {
	return c.Px(12) + c.Px(17*1.3*1.45) + 2*c.Px(17*1.4) + c.Px(4)
}

// panelNumbers is the height between the cells and the class buttons: three
// lines of 20 px and the history line (or the warning that a step was
// refused).
func panelNumbers(c *ui.Context) float64 {
	return c.Px(8) + 3*c.Px(20*1.4) + c.Px(17*1.4)
}

// minPlotsH is the least height the curves are drawn in.
const minPlotsH = 90

// panelHeight is the height the panel needs with every part shown: its
// heading, the cells, the numbers, the class buttons and the curves.
func (s *Scene) panelHeight(c *ui.Context) float64 {
	var place [numParams][3]int
	rows := s.flowCells(c, c.Bounds.W-c.Px(24), &place)
	return panelHead(c) + float64(rows)*c.Px(s.cellRowH()+3) + panelNumbers(c) + c.Px(36) + c.Px(minPlotsH+12) + c.Px(12)
}

// planePlaced is what the data plane's markers were placed for.
type planePlaced struct {
	ver, n int
	plane  ui.Plane
	valid  bool
}

// rawPlaced is what the raw inputs' t-SNE markers were placed for: the
// embedding (nil for none), its iteration (its positions move only when one
// completes) and its view's rectangle.
type rawPlaced struct {
	t    *engine.TSNE
	iter int
	rect ui.Rect
}

// placePlane places the points' markers on the data plane.
func (s *Scene) placePlane() {
	s.v.placed++
	s.v.kinds = s.v.kinds[:0]
	s.v.planeXY.begin()
	s.v.planePts = s.v.planePts[:0]
	for _, p := range s.pts {
		s.v.planePts = append(s.v.planePts, engine.Point{X: p.X})
		k := uint8(min(max(p.Class, 0), ui.MaxClassMarkers-1))
		if p.Test {
			k += ui.MaxClassMarkers
		}
		s.v.kinds = append(s.v.kinds, k)
		x, y := s.v.plane.ToScreen(p.X)
		s.v.planeXY.xy = append(s.v.planeXY.xy, x, y)
	}
	s.v.planeXY.end()
}

// placeRaw places the markers of the raw inputs' t-SNE t (none for nil),
// fitting its view to them.
func (s *Scene) placeRaw(t *engine.TSNE) {
	s.v.rawXY.begin()
	if t != nil {
		fit(&s.v.rawSpace, t.Y(), 1)
		for _, y := range t.Y() {
			sx, sy := s.v.rawSpace.ToScreen(y)
			s.v.rawXY.xy = append(s.v.rawXY.xy, sx, sy)
		}
	}
	s.v.rawXY.end()
}
