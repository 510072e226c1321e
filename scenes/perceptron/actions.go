package perceptron

import (
	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/ui"
)

// liveNovikoffMax is the largest set whose Novikoff quantities are
// recomputed on every tick of a drag; larger sets wait for the drop.
const liveNovikoffMax = 1000

// edited restarts training after the editor changed the data, and says so
// when a run was in progress.
func (s *Scene) edited(c *ui.Context, e ui.Edit) {
	progress := s.run.hist.Len() > 1
	s.stopAnimation()
	s.player.Pause()
	if e == ui.EditDragged && s.run.data.Len() > liveNovikoffMax {
		s.run.restart()
		s.novStale = true
	} else {
		s.run.dataChanged()
		s.novStale = false
	}
	if progress {
		c.Notify(c.T("perceptron.msg.data.reset"))
	}
}

// action applies one key action meant for the scene (the editor has
// already taken clear, undo, redo and delete; the player play and speed).
func (s *Scene) action(c *ui.Context, a ui.Action) {
	switch a.Action {
	case keymap.Step:
		s.player.Pause()
		s.stepOnce(c)
	case keymap.Back:
		s.player.Pause()
		s.stopAnimation()
		s.run.back()
	case keymap.Forward:
		s.player.Pause()
		if !s.run.atEnd() {
			s.stepOnce(c)
		}
	case keymap.Reset:
		s.player.Pause()
		s.stopAnimation()
		s.run.restart()
	case keymap.Preset:
		if a.Arg < 1 || a.Arg > len(presets) {
			c.Notify(c.Tf("perceptron.msg.no.preset", a.Arg, len(presets)))
			return
		}
		s.loadPreset(a.Arg)
		c.Notify(c.T(presets[a.Arg-1].name))
	case actRule:
		rule := engine.PlusMinus
		if s.run.cfg.Rule == engine.PlusMinus {
			rule = engine.Classic
		}
		s.changed(c, s.run.setRule(rule), c.T(ruleKey(rule)))
	case actOrder:
		o := engine.Shuffle
		if s.run.cfg.Order == engine.Shuffle {
			o = engine.Cyclic
		}
		s.changed(c, s.run.setOrder(o), c.T(orderKey(o)))
	case keymap.ParamInc, keymap.ParamDec:
		dir := 1
		if a.Action == keymap.ParamDec {
			dir = -1
		}
		a := alphaSteps.Step(s.run.cfg.Alpha, dir > 0)
		s.changed(c, s.run.setAlpha(a), "α = "+ui.Num(a))
	case actNovikoff:
		s.showNov = !s.showNov
	}
}

// changed reports a change of setting, which restarts training.
func (s *Scene) changed(c *ui.Context, did bool, what string) {
	if !did {
		return
	}
	s.player.Pause()
	s.stopAnimation()
	c.Notify(c.Tf("perceptron.msg.setting", what))
}

// ruleKey and orderKey name a rule and an order for the panel.
func ruleKey(r engine.Rule) string {
	if r == engine.PlusMinus {
		return "perceptron.rule.pm1"
	}
	return "perceptron.rule.classic"
}

func orderKey(o engine.Order) string {
	if o == engine.Shuffle {
		return "perceptron.order.shuffle"
	}
	return "perceptron.order.cyclic"
}

// loadPreset replaces the data with preset n (1-based) as one undoable
// edit; the lecture's example also brings the notes' settings.
func (s *Scene) loadPreset(n int) {
	p := presets[n-1]
	s.player.Pause()
	s.stopAnimation()
	if p.lecture {
		s.run.cfg = lectureConfig()
	}
	s.run.data.Replace(p.pts())
	s.run.dataChanged()
	s.novStale = false
	s.fitPlane()
	s.preset, s.presetVersion = n, s.run.data.Version()
}

// startPlaying notes where playing began, so that a non-separable set stops
// after stopEpochs more epochs.
func (s *Scene) startPlaying(c *ui.Context) {
	s.playEpoch = s.run.p.Epoch()
	if s.run.data.Len() == 0 {
		s.player.Pause()
		c.Notify(c.T("perceptron.nodata"))
		return
	}
	if s.run.p.Converged() {
		s.player.Pause()
		c.Notify(c.Tf("perceptron.msg.converged", s.run.p.Mistakes()))
	}
}

// playStep takes one step of playing and stops playing (false) at
// convergence, after stopEpochs epochs of a non-separable set, or when
// nothing can be stepped.
func (s *Scene) playStep(c *ui.Context) bool {
	if !s.stepOnce(c) {
		s.player.Pause()
		return false
	}
	st := s.run.p.Snapshot()
	switch {
	case st.Converged:
		s.player.Pause()
		c.Notify(c.Tf("perceptron.msg.converged", st.Mistakes))
		return false
	case !s.run.separable() && st.Epoch-s.playEpoch >= stopEpochs && st.Pos == 0:
		s.player.Pause()
		_, _, e := s.run.p.Pocket()
		c.Notify(c.Tf("perceptron.msg.nonsep.stop", stopEpochs, e))
		return false
	}
	return true
}

// stepOnce finishes the animation in progress and takes one step, starting
// the line's move on a mistake or the "no update" flash otherwise.
func (s *Scene) stepOnce(c *ui.Context) bool {
	s.stopAnimation()
	wasConverged := s.run.p.Converged()
	if !s.run.step() {
		switch {
		case s.run.data.Len() == 0:
			c.Notify(c.T("perceptron.nodata"))
		case s.run.full():
			c.Notify(c.Tf("perceptron.msg.history.full", maxSteps))
		}
		return false
	}
	st := s.run.last
	if st.Updated {
		if n := s.tweenLength(); n >= 3 {
			s.from = weights{st.WBefore, st.BBefore}
			s.to = weights{st.WAfter, st.BAfter}
			s.tween.Start(n)
		}
	} else {
		s.flashTick, s.flashOn = c.Tick, true
	}
	if st.Converged && !wasConverged && !s.player.Playing {
		c.Notify(c.Tf("perceptron.msg.converged", st.Mistakes))
	}
	return true
}

// tweenLength is the line's move in ticks: 0.4 s, shorter when playing
// fast so that a move ends before the next step.
func (s *Scene) tweenLength() int {
	if !s.player.Playing {
		return tweenTicks
	}
	return min(tweenTicks, int(ui.TPS/s.player.StepsPerSecond()))
}

// alphaSteps are the values ↑ / ↓ move α between.
var alphaSteps = ui.Ladder125(0.001, engine.MaxAlpha)
