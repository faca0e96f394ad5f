//! Makes sure the browser libraries the dashboard embeds are installed: runs `npm ci` in
//! `web/` (from its lock file) when `web/node_modules` lacks them.

use std::path::Path;
use std::process::Command;

const NEEDED: &[&str] = &[
    "node_modules/echarts/dist/echarts.min.js",
    "node_modules/topojson-client/dist/topojson-client.min.js",
    "node_modules/world-atlas/countries-110m.json",
    "node_modules/world-atlas/LICENSE",
    "node_modules/echarts/NOTICE",
    "node_modules/zrender/LICENSE",
];

fn main() {
    let web = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../web");
    println!("cargo:rerun-if-changed={}", web.join("package-lock.json").display());
    println!("cargo:rerun-if-changed={}", web.join("src").display());
    for f in NEEDED {
        println!("cargo:rerun-if-changed={}", web.join(f).display());
    }
    if NEEDED.iter().all(|f| web.join(f).exists()) {
        return;
    }
    let status =
        Command::new("npm").args(["ci", "--no-audit", "--no-fund", "--loglevel=error"]).current_dir(&web).status();
    match status {
        Ok(s) if s.success() && NEEDED.iter().all(|f| web.join(f).exists()) => {}
        Ok(s) => panic!(
            "`npm ci` in {} failed ({s}); the dashboard embeds ECharts, topojson-client and world-atlas from there. \
             Run it by hand to see why (it needs the npm registry).",
            web.display()
        ),
        Err(e) => panic!("cannot run npm ({e}): install Node.js and npm, then `npm ci` in {}", web.display()),
    }
}
