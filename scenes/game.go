// Package scenes is Neurona's scene manager: the Game that owns the scenes
// of the registry (registry.go), reads input once per tick, applies the
// global keys and hands the rest to the current scene (game.go); the
// chrome drawn around the scene, a type with its own state (chrome.go,
// with the help overlay in help.go);
// the document layer, a type with its own state: state documents, share
// links, notebooks and dropped files (document.go, link.go), which the
// page's API reaches through the game's lock (api.go); and the settings
// (settings.go). What differs between the browser and the
// desktop is behind package platform. The scenes live in sub-packages, one
// each, built on the kit in package ui; README.md in this folder says how
// to add one.
package scenes

import (
	"bytes"
	"fmt"
	"image"
	"math"
	"sync"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/internal/pngwrite"
	"github.com/neurona/neurona/scenes/i18n"
	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/platform"
	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/ui/frametime"
	"github.com/neurona/neurona/scenes/ui/place"
)

// Options are the start-up choices of either front end.
type Options struct {
	Scene      string // scene id; "" for the first
	Lang       string // "es" or "en"; "" for the default
	Link       string // a link hash or URL whose state to load
	Document   []byte // a state document to load (takes precedence over Link's)
	Fullscreen bool
	// Capture draws every frame offscreen, so that CanvasPNG can read it
	// (the desktop's -screenshot).
	Capture bool
}

// Game is the ebiten.Game that runs Neurona.
type Game struct {
	mu     sync.Mutex
	scenes sceneSet // made when first shown (registry.go)
	cur    int
	lang   i18n.Lang
	theme  *ui.Theme
	zoom   float64 // the user's text and marker scale (Ctrl+= / Ctrl+−)
	dev    float64 // the display's device scale factor
	ss     float64 // supersampling: canvas pixels per device pixel
	dsf    float64 // canvas pixels per CSS pixel (dev × ss)
	w, h   float64 // canvas size in canvas pixels
	sw, sh float64 // screen size in device pixels
	plat   platform.Platform

	src     ui.PointerSource
	inject  ui.Injector
	in      ui.Input
	sceneIn ui.Input
	ctx     ui.Context
	chrome  chrome    // the title bar, help, messages and on-screen controls
	docs    documents // state documents, links, notebooks, dropped files

	frame   uint64
	drawn   uint64
	canvas  *ebiten.Image // the last frame drawn offscreen, for S (save PNG)
	wantPNG bool
	fresh   bool // canvas holds the last frame

	capture bool     // draw offscreen always (Options.Capture)
	ready   []func() // called once, in order, after the first frame is drawn

	layout     place.Report     // the last frame's labels and markers (layout.go)
	panels     []ui.PanelReport // the last frame's side panels and their parts
	toastBoxes []place.Label    // the last frame's messages and their boxes
	lastLayout string           // its JSON, for TryLayoutJSON

	inputTick uint64 // the last tick with input (keys, pointer, wheel), 0 for none yet

	perf   frametime.Recorder // Update and Draw times, for neurona.perf()
	perfOf int                // the scene perf describes
	idle   idler              // whether to redraw and how fast to tick (idle.go)
}

// New makes the game with every scene, applying the options; problems with
// them (an unknown scene, a bad link) become messages on screen, never a
// failure to start.
func New(opt Options, plat platform.Platform) *Game {
	g := &Game{
		scenes:  newSceneSet(),
		lang:    i18n.Default,
		theme:   ui.Dark,
		zoom:    1,
		dev:     1,
		ss:      1,
		dsf:     1,
		plat:    plat,
		src:     ui.NewPointerSource(),
		chrome:  chrome{touchCls: 1},
		docs:    documents{plat: plat},
		capture: opt.Capture,
	}
	g.loadSettings()
	g.markChanged()
	if opt.Lang != "" {
		if l, err := i18n.Parse(opt.Lang); err == nil {
			g.lang = l
		} else {
			g.warn(err.Error())
		}
	}
	if opt.Link != "" {
		l := linkLanguage(g, opt.Link)
		if l.Scene != "" && opt.Scene == "" {
			opt.Scene = l.Scene
		}
		if l.State != nil && opt.Document == nil {
			opt.Document = l.State
		}
	}
	if opt.Scene != "" && !g.switchTo(opt.Scene) {
		g.warn(g.t("msg.link.ignored") + " scene=" + fmt.Sprintf("%q", engine.Excerpt(opt.Scene)))
	}
	g.docs.await(opt.Document)
	if opt.Fullscreen {
		ebiten.SetFullscreen(true)
	}
	return g
}

// OnReady adds a function called once, after the first frame is drawn;
// they are called in the order they were added.
func (g *Game) OnReady(f func()) { g.ready = append(g.ready, f) }

func (g *Game) t(key string) string { return i18n.T(g.lang, key) }

func (g *Game) warn(msg string) { g.chrome.warn(g.frame, msg) }
func (g *Game) note(msg string) { g.chrome.note(g.frame, msg) }

// view is what the chrome and the document layer see of the game.
func (g *Game) view() view {
	return view{w: g.w, h: g.h, dsf: g.dsf, zoom: g.textZoom() * g.slide(), lang: g.lang, theme: g.theme,
		scenes: g.scenes, cur: g.cur, frame: g.frame, plane: g.ctx.Plane}
}

func (g *Game) setLang(lang i18n.Lang) { g.lang = lang }

// show makes a loaded document's scene and language current (host).
func (g *Game) show(cur int, lang i18n.Lang) {
	g.cur, g.lang = cur, lang
	g.perf.Reset() // the new data's frames only
	g.markChanged()
}

// followLink applies a link opened in the running app (document layer);
// if it changed the scene, the messages from before were about the scene
// left.
func (g *Game) followLink(hash string) {
	before, old := g.cur, g.chrome.messages()
	g.docs.followLink(g, hash)
	if g.cur != before {
		g.chrome.dropOlder(old)
	}
}

func (g *Game) sceneBounds() ui.Rect { return g.chrome.sceneArea(g.view()) }

// Scene returns the current scene.
func (g *Game) Scene() ui.Scene { return g.scenes.at(g.cur) }

func (g *Game) switchTo(id string) bool {
	i := g.scenes.index(id)
	if i < 0 {
		return false
	}
	g.cur = i
	g.markChanged()
	return true
}

// Update advances one tick: read input once, apply the global keys, hand
// the rest to the current scene.
func (g *Game) Update() error {
	defer g.perf.UpdateSince(time.Now())
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.cur != g.perfOf {
		g.perf.Reset()
		g.perfOf = g.cur
	}
	g.frame++
	busy := g.docs.waiting() || g.wantPNG

	if f, ok := g.plat.(platform.LinkFollower); ok {
		if hash, ok := f.FollowedLink(); ok {
			g.followLink(hash)
		}
	}
	if err := g.docs.loadPending(g); err != nil {
		g.warn(g.t("msg.load.refused") + " " + err.Error())
	}
	g.in.Reset()
	g.src.Poll(&g.in, g.dev)
	g.toCanvas(&g.in)
	g.inject.Drain(&g.in)
	g.docs.importDropped(g)

	g.chrome.input(g.in.Touched, g.in.Typed)

	g.ctx = ui.Context{
		Lang:       g.lang,
		Theme:      g.theme,
		Scale:      g.scale(),
		Zoom:       g.textZoom(),
		Bounds:     g.sceneBounds(),
		Tick:       g.frame,
		TouchClass: g.chrome.touchClass(),
	}
	// The chrome (title bar tabs, on-screen controls) takes the pointer
	// events aimed at it; the scene gets the rest.
	g.sceneIn.Reset()
	g.sceneIn.CursorX, g.sceneIn.CursorY, g.sceneIn.HasCursor = g.in.CursorX, g.in.CursorY, g.in.HasCursor
	g.chrome.transportHover(g.view(), &g.in)
	var actions []ui.Action
	for _, ev := range g.in.Pointer {
		if a, used := g.chrome.pointer(g.view(), ev); used {
			if a.Action != "" {
				actions = append(actions, a)
			}
			continue
		}
		g.sceneIn.Pointer = append(g.sceneIn.Pointer, ev)
	}
	g.sceneIn.Touched = g.in.Touched
	g.sceneIn.WheelY = g.in.WheelY
	if g.chrome.helpShown() {
		g.sceneIn.WheelY = 0 // the help overlay's
	}
	g.ctx.In = &g.sceneIn

	var bindings []keymap.Binding // made only for keys: a scene's list may be built anew
	if len(g.in.Keys) > 0 {
		bindings = g.Scene().Bindings()
	}
	for _, e := range g.in.Keys {
		if b, ok := keymap.Resolve(e, bindings); ok {
			actions = append(actions, ui.Action{Action: b.Action, Arg: b.Arg})
		}
	}
	shown := g.cur
	var helpActions []ui.Action // the panel keys move the help overlay's rows while it is open
	for _, a := range actions {
		switch {
		case g.chrome.helpShown() && helpPanelAction(a.Action):
			helpActions = append(helpActions, a)
		case !g.globalAction(a):
			g.ctx.Actions = append(g.ctx.Actions, a)
		}
	}
	g.chrome.updateHelp(g.view(), helpActions, g.in.WheelY, g.in.CursorX, g.in.CursorY, g.in.HasCursor)
	if g.cur != shown {
		g.chrome.clearMessages() // a message belongs to the scene it was about
	}
	g.ctx.Bounds = g.sceneBounds()
	g.Scene().Update(&g.ctx)
	for _, n := range g.ctx.TakeNotes() {
		g.note(n)
	}
	input := len(g.in.Pointer) > 0 || len(g.in.Keys) > 0 || g.in.WheelY != 0
	if input {
		g.inputTick = g.frame
	}
	busy = busy || input || g.ctx.Animates() || g.chrome.messages() > 0
	g.chrome.expire(g.view(), g.frame)

	if g.wantPNG && g.fresh {
		g.wantPNG = false
		g.savePNG()
	}
	if g.idle.rate != rateIdle { // idle, nothing has changed since the last sync
		v := g.view()
		// Input within the last half second (↑ and ↓ nudging a parameter
		// every frame, a drag) changes the state as playing does: the
		// link follows it every two seconds too, and within half a
		// second of the last input.
		g.docs.syncLink(v, g.ctx.Animates() || g.inputTick > 0 && g.frame-g.inputTick < ui.TPS/2)
		g.docs.refresh(v, g.ctx.Animates())
	}
	g.tickIdle(busy)
	return nil
}

// globalAction applies an action the game itself owns and reports whether
// it did; other actions go to the scene.
func (g *Game) globalAction(a ui.Action) bool {
	switch a.Action {
	case keymap.SceneGoto:
		if a.Arg >= 1 && a.Arg <= len(g.scenes) {
			g.cur = a.Arg - 1
		}
		g.chrome.clearMessages() // messages are about the scene left behind
	case keymap.SceneNext:
		g.cur = (g.cur + 1) % len(g.scenes)
		g.chrome.clearMessages()
	case keymap.ScenePrev:
		g.cur = (g.cur + len(g.scenes) - 1) % len(g.scenes)
		g.chrome.clearMessages()
	case keymap.Help:
		g.chrome.toggleHelp()
	case keymap.Escape:
		if !g.chrome.closeHelp() && ebiten.IsFullscreen() {
			ebiten.SetFullscreen(false)
		}
	case keymap.Language:
		g.lang = g.lang.Other()
		g.chrome.dropNotes()
		g.storeSettings()
	case keymap.Fullscreen:
		ebiten.SetFullscreen(!ebiten.IsFullscreen())
	case keymap.Theme:
		if g.theme == ui.Dark {
			g.theme = ui.Light
		} else {
			g.theme = ui.Dark
		}
		g.storeSettings()
	case keymap.ZoomIn:
		g.setZoom(g.zoom * 1.15)
	case keymap.ZoomOut:
		g.setZoom(g.zoom / 1.15)
	case keymap.SavePNG:
		g.wantPNG = true
	case keymap.Export:
		g.docs.export(g)
	case keymap.Notebook:
		g.docs.exportNotebook(g)
	case touchClassToggle:
		g.chrome.flipTouchClass()
	default:
		return false
	}
	return true
}

const touchClassToggle keymap.Action = "touch.class"

// layerKeepFrames is how many drawn frames a scene's cached picture
// (ui.Layer) outlives its last use: two seconds of drawing, so that
// going to a scene and straight back (Tab, Tab) redraws nothing.
const layerKeepFrames = 2 * ui.TPS

func (g *Game) setZoom(z float64) {
	g.zoom = min(max(z, 0.6), g.maxZoom())
	g.storeSettings()
}

// minLayoutUnits is the narrowest the layout may become, in layout units,
// through Ctrl+=: about a phone's width, where every scene still reflows
// (a panel below the plane, scrolling). minLayoutHeightUnits is the
// shortest: a 1280×720 projector at the largest scale, 3, whose layout
// every scene is held to; a shorter one (a sideways phone, 390 px tall, at
// scale 2) leaves a plane too small for its labels to miss its points.
const (
	minLayoutUnits       = 420
	minLayoutHeightUnits = 240
)

// phoneShortSideCSS: a window whose shorter side is under this many CSS
// pixels is a phone's (they are 320–430 px across), upright or sideways.
const phoneShortSideCSS = 480

// maxZoom is the largest text scale for the window: 3, or less where a
// larger one would make the layout narrower than minLayoutUnits or
// shorter than minLayoutHeightUnits (a phone keeps scale 1; its text is
// already at the legible size, and the browser zooms the page).
//
// Not inlined (bundle size): called once per frame or step at most, not per
// point; a copy of its body at each call site grew the web bundle.
//
//go:noinline
func (g *Game) maxZoom() float64 {
	if g.dsf <= 0 || g.w <= 0 {
		return 3
	}
	cssW, cssH := g.w/g.dsf, g.h/g.dsf
	if min(cssW, cssH) < phoneShortSideCSS {
		return 1 // a phone, upright or sideways
	}
	return min(3, max(1, min(cssW/g.slide()/minLayoutUnits, cssH/g.slide()/minLayoutHeightUnits)))
}

// textZoom is the text scale in effect: the user's, within what the
// window allows (a window made narrower after Ctrl+=).
func (g *Game) textZoom() float64 { return min(g.zoom, g.maxZoom()) }

const titleBarUnits = 46

// The slide: the picture is laid out for a window of slideW×slideH CSS
// pixels and grows with the window, like a slide on a projector, so that
// the same window shape shows the same picture at any resolution and
// text is as legible from the back row at 1920×1080 as at 1280×720.
const slideW, slideH = 1280, 720

// slide is how much larger than the slide the window is: the smaller of
// the two ratios, so that everything fits. Windows smaller than the slide
// (a phone, a narrow laptop window) keep a factor of 1: their layout
// reflows instead, and text never shrinks below its legible size.
func (g *Game) slide() float64 {
	if g.dev <= 0 || g.ss <= 0 {
		return 1
	}
	cssW, cssH := g.w/g.dsf, g.h/g.dsf
	return max(1, min(cssW/slideW, cssH/slideH))
}

// scale is the Context's Scale: canvas pixels per layout unit, the device
// scale × the slide factor × the user's text scale (Ctrl+= / Ctrl+−).
func (g *Game) scale() float64 { return g.dsf * g.slide() * g.textZoom() }

// LayoutF makes the screen as large as the window in device pixels, so
// that text and lines are drawn at the display's own resolution (crisp on a
// 4K projector and a Retina laptop); sizes are scaled by the device scale.
//
// On displays of less than 1.5 device pixels per CSS pixel (most
// projectors), the frame is drawn at twice the resolution and scaled down:
// that smooths every line and disc in one pass. Ebiten's per-draw
// anti-aliasing would do the same with an offscreen buffer that is copied
// back whenever a non-anti-aliased draw (text, rectangles) follows, which
// in a scene of interleaved lines and labels made frames ten times slower.
// Browsers that render WebGL in software skip the supersampling.
func (g *Game) LayoutF(outsideW, outsideH float64) (float64, float64) {
	dev := ebiten.Monitor().DeviceScaleFactor()
	if dev <= 0 {
		dev = 1
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	g.resize(outsideW, outsideH, dev)
	return g.sw, g.sh
}

// resize sets the screen to outsideW×outsideH CSS pixels at device scale dev.
func (g *Game) resize(outsideW, outsideH, dev float64) {
	if w, h := max(outsideW*dev, 1), max(outsideH*dev, 1); w != g.sw || h != g.sh || dev != g.dev {
		g.markChanged()
	}
	g.dev, g.ss = dev, 1
	if dev < 1.5 && !platform.SoftwareGL() {
		g.ss = 2
	}
	g.dsf = dev * g.ss
	g.sw, g.sh = max(outsideW*dev, 1), max(outsideH*dev, 1)
	g.w, g.h = g.sw*g.ss, g.sh*g.ss
}

// toCanvas converts the platform's pointer positions (device pixels) to
// canvas pixels.
func (g *Game) toCanvas(in *ui.Input) {
	if g.ss == 1 {
		return
	}
	for i := range in.Pointer {
		in.Pointer[i].X *= g.ss
		in.Pointer[i].Y *= g.ss
	}
	in.CursorX *= g.ss
	in.CursorY *= g.ss
	in.WheelY *= g.ss
}

// Layout is required by ebiten.Game; LayoutF takes precedence.
func (g *Game) Layout(w, h int) (int, int) { return w, h }

// Draw renders the frame into an offscreen image and copies it to the
// screen when it supersamples, or when a PNG is wanted (S, Options.Capture);
// otherwise straight onto the screen, sparing a full-screen copy that
// software WebGL pays for in frame rate. It only reads state.
//
// A frame that would be identical to the last is not drawn (idle.go), nor
// counted by perf().
func (g *Game) Draw(screen *ebiten.Image) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.skipFrame() {
		return
	}
	defer g.perf.DrawSince(time.Now())
	c := screen
	offscreen := g.ss != 1 || g.wantPNG || g.capture
	if offscreen {
		b := screen.Bounds()
		cw, ch := int(math.Ceil(float64(b.Dx())*g.ss)), int(math.Ceil(float64(b.Dy())*g.ss))
		if g.canvas == nil || g.canvas.Bounds().Dx() != cw || g.canvas.Bounds().Dy() != ch {
			if g.canvas != nil {
				g.canvas.Deallocate()
			}
			g.canvas = ebiten.NewImage(cw, ch)
		}
		c = g.canvas
	}
	g.fresh = offscreen
	c.Fill(g.theme.Background)
	ctx := g.ctx
	ctx.Bounds = g.sceneBounds()
	if ctx.Theme == nil {
		ctx.Theme, ctx.Lang, ctx.Scale, ctx.Zoom = g.theme, g.lang, g.scale(), g.textZoom()
	}
	if ctx.In == nil {
		ctx.In = &g.sceneIn
	}
	g.layout.Reset()
	ctx.SetLayout(&g.layout)
	g.panels = g.panels[:0]
	ctx.SetPanels(&g.panels)
	g.toastBoxes = g.toastBoxes[:0]
	g.Scene().Draw(c, &ctx)
	g.chrome.showTitleBar(g.view(), c, &ctx)
	if g.chrome.touchShown() {
		g.chrome.drawTouchBar(g.view(), c, &ctx)
	} else if g.chrome.transportShown(g.view()) {
		g.chrome.showTransport(g.view(), c)
	}
	g.toastBoxes = g.chrome.drawToasts(g.view(), c, &ctx, g.toastBoxes)
	g.chrome.drawTooltip(g.view(), c)
	g.chrome.drawTabMenu(g.view(), c)
	if g.chrome.helpShown() {
		g.chrome.drawHelp(g.view(), c, &ctx)
	}
	ui.ReleaseUnseenLayers(layerKeepFrames) // the pictures of the scenes left behind
	if offscreen {
		op := &ebiten.DrawImageOptions{Filter: ebiten.FilterLinear}
		op.GeoM.Scale(1/g.ss, 1/g.ss)
		screen.DrawImage(c, op)
	}
	g.drawn++
	if g.drawn == 1 {
		for _, f := range g.ready {
			f()
		}
		g.ready = nil
	}
}

// canvasPNG encodes the last frame at the screen's size, as the user saw it.
func (g *Game) canvasPNG() ([]byte, error) {
	if g.canvas == nil {
		return nil, fmt.Errorf("nothing drawn yet")
	}
	src := g.canvas
	if g.ss != 1 {
		cb := g.canvas.Bounds()
		src = ebiten.NewImage(int(float64(cb.Dx())/g.ss), int(float64(cb.Dy())/g.ss))
		defer src.Deallocate()
		op := &ebiten.DrawImageOptions{Filter: ebiten.FilterLinear}
		op.GeoM.Scale(1/g.ss, 1/g.ss)
		src.DrawImage(g.canvas, op)
	}
	img := image.NewRGBA(src.Bounds())
	src.ReadPixels(img.Pix)
	var buf bytes.Buffer
	// pngwrite, not image/png: the same pixels for a smaller web bundle.
	if err := pngwrite.Encode(&buf, img); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func (g *Game) savePNG() {
	data, err := g.canvasPNG()
	saveAs(g.plat, g, data, err, "png", "image/png", "msg.saved", "msg.save.failed")
}

// Drawn returns how many frames have been drawn.
func (g *Game) Drawn() uint64 {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.drawn
}

// CanvasPNG encodes the last frame drawn offscreen (every frame with
// Options.Capture) as a PNG at the screen's size.
func (g *Game) CanvasPNG() ([]byte, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.canvasPNG()
}

// PerfJSON returns the p50 and p95 milliseconds of the last ticks' Update
// and frames' Draw (package frametime), for neurona.perf(). It never
// blocks: the recorder has its own lock.
func (g *Game) PerfJSON() string { return g.perf.JSON() }
