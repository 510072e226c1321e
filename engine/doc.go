// Package engine is Neurona's model core: the mathematics of the lecture
// "Redes neuronales artificiales (parte 2)" as plain Go values that a scene
// can animate, a table can print and a test can check. It never imports
// Ebiten, and every algorithm returns step records.
//
// # Notation
//
// The notes' symbols, used in names and comments alike:
//
//   - x = (x₁, x₂): an input point, in data units; y its class.
//   - θ = (θ₁, θ₂) (also written W or w) and b: a neuron's weights and bias.
//   - a_k = θ·x + b: the activation potential ("potencial de activación");
//     its zero set θ₁x₁ + θ₂x₂ + b = 0 is the line ("hiperplano") the
//     scenes draw.
//   - σ: an activation (sign, arctan, sigmoid, ReLU; also tanh, identity).
//   - ŷ = σ(a): the output; L (or J) the loss, α the learning rate.
//   - R = maxᵢ‖uᵢ‖ and γ, the margin of the best unit separator w*:
//     Novikoff's theorem bounds the perceptron's mistakes by R²/γ².
//   - W^[l], b^[l]: the weights and biases of layer l; in the 2-H-1
//     network a_j, z_j are hidden potentials and outputs and a₃ the output
//     potential, as in the notes' computational graph.
//
// # Conventions
//
// Labels are ±1 in the data (Point.Y). Algorithms that use {0,1} (the
// classic perceptron rule, binary cross-entropy, a sigmoid's targets) map
// them as (y+1)/2, and the notes' XOR example with sign uses −1 for class 0.
// The deeper networks (Net) classify into K classes and take ClassPoint,
// whose class is an index 0…K−1 (ClassPointOf maps +1 to 1, −1 to 0).
// Valid points have finite coordinates no larger than MaxCoord; so have a
// regression's samples (Sample: x and a real target y).
//
// Models and algorithm states (Neuron, Logistic, MLP, Net, Perceptron,
// Graph, Regressor, RegRun) are plain values without shared mutable
// storage: copying one snapshots it, so a scene can step back through a
// History of copies. The per-frame paths (Perceptron.Step, MLP.Step,
// RegRun.Step, NetTrainer.Step, Net.LayerOutputs, FitPCA, TSNE.Step,
// EvalGrid, Logistic.LossGrid) allocate nothing.
// Bad input never panics: out-of-range indices return false or −1,
// learning rates and weights are clamped (MaxAlpha, MaxLR, MaxParam) so
// that no result is NaN or infinite, and gradient steps that would diverge
// are refused and flagged.
//
// # The notes' runs and where they slip
//
// The notes iterate the three-point perceptron example without a bias and
// with sign(0) = +1 (PerceptronConfig.NoBias, TiePositive): w¹ = [1, −½],
// w² = [1, ½], w³ = w¹, and the perceptron cycles, because no line through
// the origin separates those points; Perceptron.Repeat reports the repeat
// and NovikoffFor decides separability through the origin
// (LectureThreePoints). With the bias folded in (the default) the same
// points are separable and the ±1 rule converges in three mistakes.
//
// The hand-written notes have a few slips; the code follows the mathematics
// and says so where it matters: in that example w¹ is printed [−1, ½], where
// x₃y₃ = [1, −½] (the w¹ the notes then use); the XOR network's output is
// σ(20z₁ + 20z₂ − 30), not σ(20σ(z₁) + …) (XORLecture); and the AND-style
// table printed with every class "−" has class + for (+, +), as its own
// computation 2 + 2 − 1 > 0 shows.
package engine
