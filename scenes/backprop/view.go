package backprop

import (
	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/backprop/model"
	"github.com/neurona/neurona/scenes/i18n"
	"github.com/neurona/neurona/scenes/ui"
)

// view is what Draw shows, derived in Update so that Draw only reads.
type view struct {
	cur     model.Snap
	pos     int
	n       int             // number of points
	fd      [9]float64      // finite differences of L at the walk's network, model.ParamIDs order
	exp     explanation     // the strip's text
	title   string          // the phase title
	hidden  string          // the node whose new value or gradient the pulse is still carrying
	onPath  map[string]bool // nodes from the reused cache up to L, lit with the box
	maxDiff float64         // largest |backprop − finite difference| over the gradients known
	carry   []string        // the number each edge of the step carries in its pulse
	model   engine.Model    // the walk's network, as the small plane's map shows it
	key     deriveKey       // what the view was derived for
}

// derive fills s.v and refreshes the output map of the small plane. What
// a step changes is derived again only after a tick that may have changed
// it (s.gen) or in another language: a playing frame between steps
// derives nothing and allocates nothing.
func (s *Scene) derive(c *ui.Context) {
	v := &s.v
	if k := (deriveKey{s.gen, c.Lang, c.Theme.Name}); k != v.key {
		v.key = k
		s.deriveStep(c)
		s.followStep()
	}
	v.hidden = ""
	if s.pulse.Running() {
		v.hidden = v.cur.Focus()
	}
}

// deriveKey is what the derived view depends on besides the walk.
type deriveKey struct {
	gen   int
	lang  i18n.Lang
	theme string
}

// deriveStep derives what the walk's current step shows.
func (s *Scene) deriveStep(c *ui.Context) {
	v, w := &s.v, s.w
	v.cur, v.pos, v.n = w.Cur(), w.Hist.Pos(), w.Data.Len()
	g := &v.cur.G
	v.fd = model.FiniteDiff(v.cur.M0, pointOf(g))
	v.exp = explain(&v.cur, c.T)
	v.title = c.T("backprop.phase." + v.cur.Phase())
	if v.cur.St.Phase == "backward" {
		v.title = c.T("backprop.phase.backward")
	}
	clear(v.onPath)
	if v.onPath == nil {
		v.onPath = map[string]bool{}
	}
	if v.exp.Cached != "" {
		for _, id := range pathUp(g, v.exp.Cached) {
			v.onPath[id] = true
		}
	}
	v.maxDiff = 0
	for i, id := range model.ParamIDs {
		if n := node(g, id); n.HasGrad {
			v.maxDiff = max(v.maxDiff, abs(n.Grad-v.fd[i]))
		}
	}
	v.model = v.cur.G.Model()
	s.sigma.Refresh(c, v.model, &s.plane)
	// The pulse's numbers, written once for the frames that draw it.
	v.carry = v.carry[:0]
	back := v.cur.St.Phase == "backward"
	for _, e := range v.cur.St.Edges {
		n := node(g, e.From)
		if back {
			v.carry = append(v.carry, ui.Num(n.Grad))
		} else {
			v.carry = append(v.carry, ui.Num(n.Value))
		}
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
