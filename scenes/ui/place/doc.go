// Package place is the shared label placer: it puts a frame's labels,
// callouts, captions and badges where they cover no data point, no line
// and no other label, inside the plane or panel they belong to. It is pure
// geometry in screen pixels (it does not import Ebiten), so it is tested
// anywhere and may be used from a scene's model code.
//
// A frame's Placer collects the obstacles — point markers, the lines of
// the picture (the hyperplane, curves, axes) and labels whose place is
// fixed — and then places each label near its anchor: the first of the
// candidate boxes around the anchor, in the fixed order Right, Above,
// Left, Below and the diagonals, that is inside the bounds and free of
// every obstacle. When the near ring is full it tries farther rings and
// draws a leader line back to the anchor. A label that names a line
// slides along it (PlaceOnLine). Every placed label becomes an obstacle
// for the next, so the order of the calls is the order of importance.
// The same obstacles and labels always give the same layout.
//
// Placing belongs in Update (Draw only reads), with one Placer kept in
// the scene and Reset every frame, so that nothing is allocated once its
// slices have grown:
//
//	// Update
//	s.pl.Reset(place.Box{X0: pr.X, Y0: pr.Y, X1: pr.Right(), Y1: pr.Bottom()})
//	for i := range s.points {
//		s.pl.AddMarker(s.xy[2*i], s.xy[2*i+1], markerR)
//	}
//	s.pl.AddSegment(line0, line1)                  // the hyperplane, clipped to the plane
//	s.pl.AddLabel(x2Text, x2Box)                   // the axis names stay where they are
//	s.line[0], s.line[1] = line0, line1           // a [2]place.Point kept in the scene
//	s.hyper = s.pl.PlaceOnLine(name, s.line[:], 0.8, nameW, nameH)
//	w, h := ui.MeasureText(noteText, size)
//	s.note = s.pl.Place(noteText, place.Point{X: px, Y: py}, w, h)
//
//	// Draw
//	b := s.note.Box
//	ui.DrawText(dst, s.note.Text, b.X0, b.Y0, size, col, ui.AlignLeft)
//	if s.note.HasLeader {
//		l := s.note.Leader
//		ui.Line(dst, l.A.X, l.A.Y, l.B.X, l.B.Y, 1, col)
//	}
//
// The width and height of a label are those of its text as drawn
// (ui.MeasureText), plus any background plate; draw the text at the box's
// top-left corner, left-aligned. The kit does both for one line of text:
// ui.PlaceText measures and places it next to an anchor box (a point's
// marker, place.Around(x, y, r), so the label clears the marker), and
// ui.DrawPlaced draws its leader, plate and text.
//
// A Report holds a frame's label and marker boxes, filled from one or
// more placers (Report.Add) or by hand; it is what the page publishes as
// window.neurona.layout() for the geometry tests, and Overlaps names every
// label that covers a marker or another label.
package place
