package static

import (
	"crypto/sha256"
	"encoding/base64"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestPolicyMatchesPage keeps the page and the server saying the same
// thing: the meta tag in web/index.html must be PageCSP, every <style>
// block must be allowed by its hash, and nothing inline that the policy
// forbids may creep into the page (it would fail silently in the browser,
// as a console error a teacher never sees).
func TestPolicyMatchesPage(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "..", "web", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	page := string(b)
	m := regexp.MustCompile(`<meta http-equiv="Content-Security-Policy" content="([^"]*)">`).FindStringSubmatch(page)
	if m == nil {
		t.Fatal("web/index.html has no Content-Security-Policy meta tag")
	}
	meta := html.UnescapeString(m[1])
	if meta != PageCSP {
		t.Errorf("meta CSP and static.PageCSP differ:\nmeta:   %s\nserver: %s", meta, PageCSP)
	}
	if strings.Contains(meta, "frame-ancestors") {
		t.Error("frame-ancestors in a meta tag is ignored, with a console error; only the header carries it")
	}
	for _, s := range regexp.MustCompile(`(?s)<style>(.*?)</style>`).FindAllStringSubmatch(page, -1) {
		sum := sha256.Sum256([]byte(s[1]))
		h := "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
		if !strings.Contains(PageCSP, h) {
			t.Errorf("the <style> of web/index.html changed: put %s in style-src of the meta tag and of static.PageCSP", h)
		}
	}
	if regexp.MustCompile(`<style[^>]+>`).MatchString(page) {
		t.Error("a <style> with attributes: write it as a plain <style> so the hash check above sees it")
	}
	for _, tag := range regexp.MustCompile(`<script[^>]*>`).FindAllString(page, -1) {
		if !strings.Contains(tag, " src=") {
			t.Errorf("inline script %s: the policy forbids it; put the code in boot.js", tag)
		}
	}
	if loc := regexp.MustCompile(`(?i)\s(style|on[a-z]+)=`).FindStringIndex(page); loc != nil {
		t.Errorf("inline style or event attribute near %q: the policy forbids it", page[loc[0]:min(len(page), loc[1]+30)])
	}
	for _, d := range []string{"default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "object-src 'none'"} {
		if !strings.Contains(PageCSP, d) {
			t.Errorf("policy lost %q", d)
		}
	}
	if strings.Contains(PageCSP, "unsafe-inline") || strings.Contains(PageCSP, "'unsafe-eval'") {
		t.Error("policy allows inline code or eval")
	}
}
