package perceptron

import (
	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/perceptron/model"
	"github.com/neurona/neurona/scenes/ui"
)

// liveNovikoffMax is the largest set whose Novikoff quantities are
// recomputed on every tick of a drag; larger sets wait for the drop.
const liveNovikoffMax = 1000

// edited restarts training after the editor changed the data, and says so
// when a run was in progress.
func (s *Scene) edited(c *ui.Context, e ui.Edit) {
	progress := s.run.Hist.Len() > 1
	s.stopAnimation()
	s.player.Pause()
	if e == ui.EditDragged && s.run.Data.Len() > liveNovikoffMax {
		s.run.Restart()
		s.novStale = true
	} else {
		s.run.DataChanged()
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
		s.run.Back()
	case keymap.Forward:
		s.player.Pause()
		if !s.run.AtEnd() {
			s.stepOnce(c)
		}
	case keymap.Reset:
		s.player.Pause()
		s.stopAnimation()
		s.run.Restart()
	case keymap.Preset:
		if a.Arg < 1 || a.Arg > len(presets) {
			c.Notify(c.Tf("perceptron.msg.no.preset", a.Arg, len(presets)))
			return
		}
		s.loadPreset(a.Arg)
		c.Notify(c.T(presets[a.Arg-1].name))
	case actRule:
		rule := engine.PlusMinus
		if s.run.Cfg.Rule == engine.PlusMinus {
			rule = engine.Classic
		}
		s.changed(c, s.run.SetRule(rule), c.T(ruleKey(rule)))
	case actOrder:
		o := engine.Shuffle
		if s.run.Cfg.Order == engine.Shuffle {
			o = engine.Cyclic
		}
		s.changed(c, s.run.SetOrder(o), c.T(orderKey(o)))
	case keymap.ParamInc, keymap.ParamDec:
		dir := 1
		if a.Action == keymap.ParamDec {
			dir = -1
		}
		a := alphaSteps.Step(s.run.Cfg.Alpha, dir > 0)
		s.changed(c, s.run.SetAlpha(a), "α = "+ui.Num(a))
	case actNovikoff:
		s.showNov = !s.showNov
	case actBias:
		on := !s.run.Bias()
		s.changed(c, s.run.SetBias(on), c.T(biasKey(on)))
		s.novStale = false
	case actTie:
		t := nextTie(s.run.P.Tie())
		s.changed(c, s.run.SetTie(t), c.T(tieKey(t)))
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

// biasKey names the bias setting for the panel.
func biasKey(on bool) string {
	if on {
		return "perceptron.bias.on"
	}
	return "perceptron.bias.off"
}

// tieKey and tieShort name what a point on the line counts as, in full
// and for the panel's settings line.
func tieKey(t engine.Tie) string   { return tieNames[tieIndex(t)][0] }
func tieShort(t engine.Tie) string { return tieNames[tieIndex(t)][1] }

// tieNames are the translation keys of the conventions in effect: y·a ≤ 0
// a mistake, sign(0) = +1, sign(0) = −1.
var tieNames = [3][2]string{
	{"perceptron.tie.mistake", "perceptron.tie.short.mistake"},
	{"perceptron.tie.positive", "perceptron.tie.short.positive"},
	{"perceptron.tie.negative", "perceptron.tie.short.negative"},
}

// tieIndex is the row of tieNames for convention t (TieRule never is in
// effect; it reads as a mistake).
func tieIndex(t engine.Tie) int {
	switch t {
	case engine.TiePositive:
		return 1
	case engine.TieNegative:
		return 2
	}
	return 0
}

// nextTie is the convention the tie key switches to from t (the one in
// effect): y·a ≤ 0 is a mistake (the proof's) → sign(0) = +1 (the notes'
// iteration) → sign(0) = −1 (the old rule's step(0) = 0) → back.
func nextTie(t engine.Tie) engine.Tie {
	switch t {
	case engine.TieMistake:
		return engine.TiePositive
	case engine.TiePositive:
		return engine.TieNegative
	}
	return engine.TieMistake
}

// biasShort is the bias setting's short name, for the panel's settings line.
func biasShort(on bool) string {
	if on {
		return "perceptron.bias.short.on"
	}
	return "perceptron.bias.short.off"
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
	s.run.Cfg = p.config(s.run.Cfg)
	s.run.Data.Replace(p.pts())
	s.run.DataChanged()
	s.novStale = false
	s.fitPlane()
	s.preset, s.presetVersion, s.presetCfg = n, s.run.Data.Version(), s.run.Cfg
}

// startPlaying notes where playing began, so that a non-separable set stops
// after model.StopEpochs more epochs.
func (s *Scene) startPlaying(c *ui.Context) {
	s.playEpoch = s.run.P.Epoch()
	if s.run.Data.Len() == 0 {
		s.player.Pause()
		c.Notify(c.T("perceptron.nodata"))
		return
	}
	if s.run.P.Converged() {
		s.player.Pause()
		c.Notify(c.Tf("perceptron.msg.converged", s.run.P.Mistakes()))
	}
}

// playStep takes one step of playing and stops playing (false) at
// convergence, after model.StopEpochs epochs of a non-separable set, or when
// nothing can be stepped.
func (s *Scene) playStep(c *ui.Context) bool {
	if !s.stepOnce(c) {
		s.player.Pause()
		return false
	}
	st := s.run.P.Snapshot()
	switch {
	case st.Converged:
		s.player.Pause()
		c.Notify(c.Tf("perceptron.msg.converged", st.Mistakes))
		return false
	case !s.run.Separable() && st.Epoch-s.playEpoch >= model.StopEpochs && st.Pos == 0:
		s.player.Pause()
		_, _, e := s.run.P.Pocket()
		c.Notify(c.Tf("perceptron.msg.nonsep.stop", model.StopEpochs, e))
		return false
	}
	return true
}

// stepOnce finishes the animation in progress and takes one step, starting
// the line's move on a mistake or the "no update" flash otherwise.
func (s *Scene) stepOnce(c *ui.Context) bool {
	s.stopAnimation()
	wasConverged := s.run.P.Converged()
	if !s.run.Step() {
		switch {
		case s.run.Data.Len() == 0:
			c.Notify(c.T("perceptron.nodata"))
		case s.run.Full():
			c.Notify(c.Tf("perceptron.msg.history.full", model.MaxSteps))
		}
		return false
	}
	st := s.run.Last
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
