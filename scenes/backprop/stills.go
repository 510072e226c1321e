package backprop

import (
	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/i18n"
	"github.com/neurona/neurona/scenes/ui"
)

// stillPictures are the cached pictures of everything but the pulse. A
// step changes the graph, its title and strip, and the panel's table; the
// pulse then carries the new value or gradient to its node, and the graph
// shows it once the pulse arrives. Redrawing all of it (its text laid out
// again, every node's circle) twice a step set the worst frames while
// playing (issue 17), so the work is split and spread:
//
//   - the graph block (title, graph, strip) and the panel are pictures of
//     their own, each redrawn only when what it shows changed (the panel
//     does not hide the pulse's result, so the pulse's arrival leaves it
//     be);
//   - while playing, a frame redraws at most one picture: the panel
//     follows the graph a frame later;
//   - the graph has two pictures: while the pulse runs, a frame that
//     redrew nothing draws the graph as it will be when the pulse arrives
//     into the one not shown, so that the pulse's arrival only swaps them.
//
// At a large zoom the graph and the panel are one page that scrolls as
// one: the graph's pictures then hold the whole page.
type stillPictures struct {
	graph  [2]ui.Layer
	gkeys  [2]ui.LayerKey[layerKey]
	drawn  [2]layerKey // what each graph picture was last drawn for
	shown  int         // the graph picture on screen
	panel  ui.Layer
	pkey   ui.LayerKey[panelKey]
	panels []ui.PanelReport // where the panel's drawing reports, unread (Scroll.Report reports it)

	// hidden is the node whose new value or gradient the picture being
	// drawn leaves out (the pulse still carries it): the view's, or ""
	// for the picture drawn ahead of the pulse's arrival.
	hidden string

	// redrew counts the pictures the last frame redrew (for tests).
	redrew      int
	panelRedrew bool // whether the last frame redrew the panel (for benchmarks)

	gc, pc, bc ui.Context // the graph's, panel's and title's contexts, kept to draw without allocating
	// The drawing functions, made once: a frame that only copies the
	// pictures allocates nothing.
	drawGraph, drawPage, drawPanel  func(dst *ebiten.Image, lc *ui.Context)
	drawTitle, drawStrip, drawPlane func(dst *ebiten.Image, lc *ui.Context)

	// The parts of the pictures above kept as pictures of their own
	// (partpic.go): the title and strip a step's two graph pictures share,
	// and the panel's small plane, which a step's table leaves be.
	title, strip partPicture[blockKey]
	plane        partPicture[planeKey]
	planePts     []engine.Point // the points the plane was last drawn with
	planeData    int            // counts the changes of the points
}

// blockKey is what the graph's title and strip depend on besides their
// rectangles: the ticks with input or a step, the language and theme, and
// the scale.
type blockKey struct {
	Gen          int
	Lang         i18n.Lang
	Theme        string
	Scale        float64
	Title, Strip ui.Rect
}

// planeKey is what the small plane shows: the network's output, the
// example ringed, the points (by the count of their changes), and the
// plane's place and range.
type planeKey struct {
	Model                  engine.Model
	Ex, Data               int
	Rect                   ui.Rect
	XMin, XMax, YMin, YMax float64
	Scale                  float64
	Theme                  string
	Lang                   i18n.Lang
}

// init makes the drawing functions, once: a frame that only copies the
// pictures then allocates nothing.
func (p *stillPictures) init(s *Scene) {
	if p.drawGraph != nil {
		return
	}
	p.drawGraph = s.drawGraphBlock
	p.drawPage = s.drawPagePicture
	p.drawPanel = s.drawPanelPicture
	p.drawTitle = s.drawTitle
	p.drawStrip = s.drawStrip
	p.drawPlane = s.drawPlane
}

// layerKey is what the graph's picture depends on besides the context:
// the ticks with input or a step, and whether a pulse still hides a
// result.
type layerKey struct {
	Gen    int
	Hidden string
}

// panelKey is what the panel's picture depends on besides the context.
type panelKey struct {
	Gen int
}

// show draws the still pictures into dst, redrawing those that changed.
func (p *stillPictures) show(s *Scene, dst *ebiten.Image, c *ui.Context) {
	p.init(s)
	want := layerKey{Gen: s.gen, Hidden: s.v.hidden}
	i := p.shown
	switch {
	case p.drawn[i] == want:
	case p.drawn[1-i] == want:
		i = 1 - i
	default:
		i = 1 - i // the older picture is redrawn
	}
	p.shown = i

	draw := p.drawGraph
	p.gc = *c
	if s.lay.page {
		draw = p.drawPage
	} else {
		p.gc.Bounds = s.lay.main
	}
	p.hidden = want.Hidden
	p.redrew = 0
	p.panelRedrew = false
	redrew := p.refreshGraph(i, want, draw)
	p.graph[i].Draw(dst)
	p.graph[i].Report(c)

	if !s.lay.page && !s.lay.phone {
		// The title and strip over the graph, redrawn with it when not
		// playing and else in a frame of their own.
		redrew = p.showBlock(s, dst, c, redrew && s.player.Playing) || redrew
	}
	if !s.lay.page {
		p.pc = *c
		p.pc.Bounds = s.lay.side
		// While playing, the panel waits for a frame that did not redraw
		// the graph (one tick later).
		if !redrew || !s.player.Playing {
			if p.panel.RefreshReported(&p.pc, p.pkey.Of(panelKey{Gen: s.gen}), p.drawPanel) {
				redrew = true
				p.redrew++
				p.panelRedrew = true
			}
		}
		p.panel.Draw(dst)
		p.panel.Report(c)
	}
	s.scroll.Report(c)

	// Ahead of the pulse's arrival, in a frame that redrew nothing.
	if want.Hidden != "" && !redrew {
		after := layerKey{Gen: s.gen}
		p.hidden = ""
		p.refreshGraph(1-i, after, draw)
	}
}

// showBlock draws the graph's title and strip from their pictures,
// redrawn first if what they show changed unless wait (then as they
// were), and reports whether it redrew them. Drawn with the graph's
// picture, they were a fifth of a step's frame.
func (p *stillPictures) showBlock(s *Scene, dst *ebiten.Image, c *ui.Context, wait bool) bool {
	scaled(c, s.lay.gs, &p.bc)
	bc := &p.bc
	k := blockKey{Gen: s.gen, Lang: bc.Lang, Theme: bc.Theme.Name, Scale: bc.Scale, Title: s.lay.title, Strip: s.lay.strip}
	if wait && p.title.drawn && p.strip.drawn {
		k = p.title.key
	}
	n := p.title.redrawn + p.strip.redrawn
	p.title.show(dst, bc, k, s.lay.title.Inset(-bc.Px(6)), p.drawTitle, false)
	p.strip.show(dst, bc, k, s.lay.strip.Inset(-bc.Px(2)-2), p.drawStrip, false)
	if p.title.redrawn+p.strip.redrawn == n {
		return false
	}
	p.redrew++
	return true
}

// refreshGraph redraws graph picture i for key k with draw if it is not
// already drawn for it (in the graph's context), and reports whether it
// did.
func (p *stillPictures) refreshGraph(i int, k layerKey, draw func(dst *ebiten.Image, lc *ui.Context)) bool {
	p.drawn[i] = k
	if p.graph[i].RefreshReported(&p.gc, p.gkeys[i].Of(k), draw) {
		p.redrew++
		return true
	}
	return false
}

// drawPanelPicture draws the panel, its scroll report kept out of the
// frame's (Scroll.Report gives it every frame).
func (s *Scene) drawPanelPicture(dst *ebiten.Image, lc *ui.Context) {
	p := &s.pics
	p.panels = p.panels[:0]
	lc.SetPanels(&p.panels)
	s.drawPanel(dst, lc)
}

// drawPagePicture draws the page of a large zoom (the panel under the
// graph), the panel's scroll report kept out of the frame's.
func (s *Scene) drawPagePicture(dst *ebiten.Image, lc *ui.Context) {
	p := &s.pics
	p.panels = p.panels[:0]
	lc.SetPanels(&p.panels)
	s.drawStillParts(dst, lc)
}
