// Package notebook turns a scene's state document into a Jupyter notebook
// (nbformat 4, Python 3) that reproduces the scene in Python, number for
// number: a Markdown cell in the document's language with the notes'
// notation, the data in the order the scene used it, the starting
// parameters, the algorithm written plainly (NumPy for the perceptron and
// the neuron, PyTorch for the networks, scikit-learn beside them), and a
// last cell that prints one JSON line with the numbers the scene shows at
// its current step, so that a test can compare the two.
//
// The cells come from text/template files embedded in assets/notebook. The
// writer only writes: it never runs Python, nor anything else. A network
// notebook starts from where the scene started (the notes' weights, a
// seeded random network written out as numbers, so that Python need not
// reproduce Go's random generator) and retraces the scene's steps; the
// writer replays the engine in Go first and, when the document's weights
// are not what that run reaches (α changed on the way, weights set by
// hand), starts from the document's weights instead. The perceptron's
// shuffled order is a pure function of seed, epoch and position, which the
// notebook computes the same way. Regression and embedding notebooks start
// from the document's weights: the engine has no run of theirs to retrace
// yet.
//
// AppVersion, the build's version, goes into the notebook's metadata.
package notebook
