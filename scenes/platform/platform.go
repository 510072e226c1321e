// Package platform is what differs between the web page and the desktop
// window, behind one interface: where saved files go, where settings
// persist, how the URL is kept in step, whether the GPU is emulated, and
// (on the web) the page's window.neurona API. Each side is one
// build-tagged file: desktop.go and web.go, with api_js.go beside it.
package platform

// Platform is what differs between the web page and the desktop window:
// where files go, where settings persist, and how the URL is kept in step.
type Platform interface {
	// SaveFile offers data to the user under name (a browser download, or a
	// file in the working directory) and returns a message saying where it
	// went.
	SaveFile(name, mime string, data []byte) (string, error)
	// LoadSettings returns the stored settings document, nil if none.
	LoadSettings() []byte
	// StoreSettings persists the settings document.
	StoreSettings(data []byte) error
	// SetLink records the current view as a link hash (the page's URL hash;
	// nothing on the desktop).
	SetLink(hash string)
}

// API is what the page's window.neurona calls (see Publish). The methods
// never block: they run on the browser's event loop, which a tick may be
// waiting on.
type API interface {
	TryStateJSON() string
	TryLayoutJSON() string // window.neurona.layout(): the last frame's label and marker boxes
	TryLoadJSON(data []byte) error
	TrySwitchTo(id string) error
	TryNotebookJSON() ([]byte, error)
	PerfJSON() string
	OnReady(f func()) // adds a function called once after the first frame
}

// LinkFollower is implemented by platforms whose address can change while
// the app runs (the page's URL hash, when a teacher pastes a link into an
// open tab or a student follows one).
type LinkFollower interface {
	// FollowedLink returns the hash (without '#') the user navigated to
	// since the last call; ok is false if there was none. The app's own
	// SetLink never counts.
	FollowedLink() (hash string, ok bool)
}
