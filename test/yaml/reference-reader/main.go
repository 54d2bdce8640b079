// Command reference-reader prints, for each YAML file named on its command line, how Kubernetes
// tools read it, as one JSON line per file:
//
//	{"file": ..., "kubectl": [chunk...], "kustomize": {"docs": [...]} | {"error": ...}}
//
// kubectl's path (also Helm's and Argo CD's): the stream is split into chunks on lines that
// start with "---", as apimachinery's YAMLReader does
// (k8s.io/apimachinery/pkg/util/yaml/decoder.go, YAMLReader.Read and LineReader), and each
// chunk is converted with sigs.k8s.io/yaml (go-yaml v2, YAML 1.1), which reads only the chunk's
// first document. A stream that starts with "{" is JSON (YAMLOrJSONDecoder): a sequence of JSON
// values. Each chunk is {"json": value} or {"error": message}; empty chunks are left out, as
// kubectl's StreamVisitor leaves them out.
//
// kustomize's path (kyaml, on go-yaml v3): see kustomize() below.
//
// apimachinery and kyaml are not packaged in Debian, so the few lines of the split are written
// here; sigs.k8s.io/yaml, gopkg.in/yaml.v2 and gopkg.in/yaml.v3 are Debian's packages.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	yaml3 "gopkg.in/yaml.v3"
	sigsyaml "sigs.k8s.io/yaml"
)

const separator = "---"

// splitChunks follows apimachinery's YAMLReader.Read (k8s.io/apimachinery/pkg/util/yaml,
// decoder.go, v0.32): a line that starts with "---" ends the chunk and is dropped; after the
// "---" only spaces and a comment may follow, anything else is the error "invalid Yaml document
// separator" (returned here as the error of the chunk where it stands, and the stream ends).
// Empty chunks are not returned.
func splitChunks(data []byte) (chunks [][]byte, sepErr error) {
	var buf bytes.Buffer
	r := bufio.NewReader(bytes.NewReader(data))
	for {
		line, err := r.ReadBytes('\n')
		if bytes.Index(line, []byte(separator)) == 0 {
			trimmed := strings.TrimSpace(string(line[len(separator):]))
			if len(trimmed) > 0 && trimmed[0] != '#' {
				return chunks, fmt.Errorf("invalid Yaml document separator: %s", trimmed)
			}
			if buf.Len() != 0 {
				chunks = append(chunks, append([]byte(nil), buf.Bytes()...))
				buf.Reset()
			}
		} else {
			buf.Write(line)
		}
		if err == io.EOF {
			break
		}
	}
	if buf.Len() != 0 {
		chunks = append(chunks, buf.Bytes())
	}
	return chunks, nil
}

type chunk struct {
	JSON  json.RawMessage `json:"json,omitempty"`
	Error string          `json:"error,omitempty"`
}

func kubectl(data []byte) (out []chunk) {
	out = []chunk{}
	trimmed := bytes.TrimLeft(data, " \t\r\n")
	if len(trimmed) > 0 && trimmed[0] == '{' {
		// YAMLOrJSONDecoder: JSON values one after another.
		d := json.NewDecoder(bytes.NewReader(trimmed))
		for {
			var v json.RawMessage
			if err := d.Decode(&v); err == io.EOF {
				break
			} else if err != nil {
				out = append(out, chunk{Error: err.Error()})
				break
			}
			out = append(out, chunk{JSON: v})
		}
		return out
	}
	chunks, sepErr := splitChunks(data)
	defer func() {
		if sepErr != nil {
			out = append(out, chunk{Error: sepErr.Error()})
		}
	}()
	for _, c := range chunks {
		j, err := sigsyaml.YAMLToJSON(c)
		if err != nil {
			out = append(out, chunk{Error: err.Error()})
			continue
		}
		if string(bytes.TrimSpace(j)) == "null" {
			continue
		}
		out = append(out, chunk{JSON: j})
	}
	return out
}

// jsonable turns v3's decoded values into what encoding/json can write.
func jsonable(v interface{}) (interface{}, error) {
	switch t := v.(type) {
	case map[string]interface{}:
		for k, x := range t {
			y, err := jsonable(x)
			if err != nil {
				return nil, err
			}
			t[k] = y
		}
		return t, nil
	case map[interface{}]interface{}:
		m := map[string]interface{}{}
		for k, x := range t {
			y, err := jsonable(x)
			if err != nil {
				return nil, err
			}
			m[fmt.Sprint(k)] = y
		}
		return m, nil
	case []interface{}:
		for i, x := range t {
			y, err := jsonable(x)
			if err != nil {
				return nil, err
			}
			t[i] = y
		}
		return t, nil
	default:
		return v, nil
	}
}

type v3result struct {
	Docs  []json.RawMessage `json:"docs,omitempty"`
	Error string            `json:"error,omitempty"`
}

// firstV3 decodes the first document of a piece of text with go-yaml v3, as JSON (nil for an empty one).
func firstV3(data []byte) (out json.RawMessage, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	var v interface{}
	if err := yaml3.NewDecoder(bytes.NewReader(data)).Decode(&v); err == io.EOF || (err == nil && v == nil) {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	j, err := jsonable(v)
	if err != nil {
		return nil, err
	}
	return json.Marshal(j)
}

// kustomize approximates kustomize's reading (kyaml, on go-yaml v3): the stream is cut on `---`
// lines as kubectl cuts it and the first document of each piece is decoded with v3; of a JSON
// stream, only the first value is read. The differential test checks this approximation against
// `kubectl kustomize` on its hand-made cases where kubectl is installed.
func kustomize(data []byte) v3result {
	res := v3result{Docs: []json.RawMessage{}}
	var pieces [][]byte
	trimmed := bytes.TrimLeft(data, " \t\r\n")
	if len(trimmed) > 0 && trimmed[0] == '{' {
		pieces = [][]byte{data}
	} else {
		chunks, err := splitChunks(data)
		if err != nil {
			return v3result{Error: err.Error()}
		}
		pieces = chunks
	}
	for _, p := range pieces {
		j, err := firstV3(p)
		if err != nil {
			return v3result{Error: err.Error()}
		}
		if j != nil {
			res.Docs = append(res.Docs, j)
		}
	}
	return res
}

func main() {
	enc := json.NewEncoder(os.Stdout)
	for _, f := range os.Args[1:] {
		data, err := os.ReadFile(f)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		if err := enc.Encode(map[string]interface{}{"file": f, "kubectl": kubectl(data), "kustomize": kustomize(data)}); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}
