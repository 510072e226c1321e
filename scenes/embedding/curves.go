package embedding

// refreshCurves turns the run's samples into the plots' series: loss and
// accuracy, training (solid) and test (dashed), by step.
func (s *Scene) refreshCurves() {
	for i := range 2 {
		s.v.lossXY[i] = s.v.lossXY[i][:0]
		s.v.accXY[i] = s.v.accXY[i][:0]
	}
	for _, p := range s.run.Curve() {
		x := float64(p.Step)
		s.v.lossXY[0] = append(s.v.lossXY[0], x, p.Loss)
		s.v.accXY[0] = append(s.v.accXY[0], x, 100*p.Acc)
		if p.HasTest {
			s.v.lossXY[1] = append(s.v.lossXY[1], x, p.TestLoss)
			s.v.accXY[1] = append(s.v.accXY[1], x, 100*p.TestAcc)
		}
	}
}
