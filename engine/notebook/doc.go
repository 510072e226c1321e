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
// writer only writes: it never runs Python, nor anything else. Where the
// notebook must start from what the scene started from (a seeded random
// network, the shuffled visiting order) it replays the engine in Go to
// write those numbers out as data, so that Python need not reproduce Go's
// random numbers.
package notebook
