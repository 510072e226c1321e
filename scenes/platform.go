package scenes

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
