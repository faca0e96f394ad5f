//! The `attache` binary end to end: inputs, formats, bad input and exit codes.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_attache"))
}

fn tmp(name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("attache-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

fn run_stdin(args: &[&str], input: &str) -> Output {
    let mut child =
        bin().args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

fn json_lines(out: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(out).lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

#[test]
fn extract_text_from_stdin_with_metadata() {
    let out = run_stdin(
        &[
            "extract",
            "--published",
            "2024-03-14",
            "--outlet",
            "Kabar",
            "--title",
            "T",
            "--url",
            "https://example.org/a",
            "--format",
            "jsonl",
        ],
        "Kyrgyz President Sadyr Japarov met Chinese Foreign Minister Wang Yi in Bishkek on Wednesday.",
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let recs = json_lines(&out.stdout);
    assert_eq!(recs.len(), 1);
    let r = &recs[0];
    assert_eq!(r["document"]["published"], "2024-03-14");
    assert_eq!(r["document"]["outlet"], "Kabar");
    assert_eq!(r["document"]["url"], "https://example.org/a");
    assert_eq!(r["document"]["id"].as_str().unwrap().len(), 16, "content hash id");
    let ev = &r["events"][0];
    assert_eq!(ev["type"], "CONSULT");
    assert_eq!(ev["date"], "2024-03-13");
    assert_eq!(ev["actors"][0]["country"], "KGZ");
    assert_eq!(ev["recipients"][0]["country"], "CHN");
}

#[test]
fn pretty_json_is_the_default() {
    let out = run_stdin(&["extract"], "Russia condemned the attack.");
    assert!(out.status.success());
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.starts_with("{\n"), "{s}");
    let v: serde_json::Value = serde_json::from_str(&s).unwrap();
    assert!(v["entities"].is_array());
}

#[test]
fn jsonl_input_keeps_ids_and_accepts_news_please_keys() {
    let input = concat!(
        r#"{"id": "a1", "text": "Kazakhstan and Uzbekistan signed an agreement on water.", "published": "2024-01-02", "outlet": "Kazinform"}"#,
        "\n",
        r#"{"maintext": "Turkey urged Russia to extend the grain deal.", "date_publish": "2023-07-10 08:00:00", "source_domain": "aa.com.tr", "title": "X"}"#,
        "\n\n",
        "not json\n",
        r#"{"id": 7, "title": "no text"}"#,
        "\n"
    );
    let out = run_stdin(&["extract", "--input", "jsonl", "--format", "jsonl"], input);
    assert_eq!(out.status.code(), Some(1), "bad records make the exit status 1");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("<stdin>:4"), "{err}");
    assert!(err.contains("<stdin>:5"), "{err}");
    let recs = json_lines(&out.stdout);
    assert_eq!(recs.len(), 2, "the good records are still processed");
    assert_eq!(recs[0]["document"]["id"], "a1");
    assert_eq!(recs[1]["document"]["published"], "2023-07-10");
    assert_eq!(recs[1]["document"]["outlet"], "aa.com.tr");
}

#[test]
fn binary_file_is_refused_by_name_and_others_processed() {
    let bad = tmp("binary.bin", b"\x00\x01\x02ELF\x00");
    let good = tmp("good.txt", b"Iran rejected the proposal.");
    let out = bin().args(["extract", "--format", "jsonl"]).arg(&bad).arg(&good).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("binary.bin"));
    assert_eq!(json_lines(&out.stdout).len(), 1);
}

#[test]
fn invalid_utf8_is_decoded_with_a_diagnostic() {
    let f = tmp("latin1.txt", b"Caf\xe9 talks: France met Germany.");
    let out = bin().args(["extract", "--format", "jsonl"]).arg(&f).output().unwrap();
    assert!(out.status.success());
    let r = &json_lines(&out.stdout)[0];
    let diags = r["diagnostics"].as_array().unwrap();
    assert!(diags.iter().any(|d| d["code"] == "invalid-utf8"), "{diags:?}");
}

#[test]
fn empty_input_gives_an_empty_record() {
    let out = run_stdin(&["extract", "--format", "jsonl"], "");
    assert!(out.status.success());
    let r = &json_lines(&out.stdout)[0];
    assert_eq!(r["entities"].as_array().unwrap().len(), 0);
    assert_eq!(r["events"].as_array().unwrap().len(), 0);
}

#[test]
fn missing_file_is_named() {
    let out = bin().args(["extract", "/nonexistent/article.txt"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/article.txt"));
}

#[test]
fn kb_overlay_adds_a_person() {
    let overlay = tmp(
        "mine.people.tsv",
        "name\taliases\tcountry\tsector\toffice\tstart\tend\nZarina Testova\t\tKGZ\tLEG\tMember of the Jogorku Kenesh\t2021\t\n",
    );
    let text = "Zarina Testova criticized the government.";
    let out = run_stdin(&["extract", "--format", "jsonl", "--kb", overlay.to_str().unwrap()], text);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let r = &json_lines(&out.stdout)[0];
    let p =
        r["entities"].as_array().unwrap().iter().find(|e| e["name"] == "Zarina Testova").expect("overlay person found");
    assert_eq!(p["country"], "KGZ");
    assert_eq!(p["source"], "kb:people:Zarina Testova");
}

#[test]
fn bad_kb_overlay_is_reported_with_file_and_line() {
    let overlay =
        tmp("bad.lexicon.tsv", "forms\tpos\tplover\tmode\tcameo\tframe\nfrobnicated\tverb\tNOPE\t\t042\tdir\n");
    let out = run_stdin(&["extract", "--kb", overlay.to_str().unwrap()], "x");
    assert_eq!(out.status.code(), Some(3));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.lexicon.tsv:2"), "{err}");
}
