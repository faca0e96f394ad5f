//! The dashboard's files, compiled into the binary. Only the exact paths listed here are
//! served; nothing is read from the disk at run time.

use axum::body::Body;
use axum::http::{header, HeaderValue, Response};
use axum::routing::get;
use axum::Router;

/// `(URL path, content type, bytes)`.
pub const FILES: &[(&str, &str, &[u8])] = &[
    ("/", "text/html; charset=utf-8", include_bytes!("../../../web/src/index.html")),
    ("/assets/app.js", "text/javascript; charset=utf-8", include_bytes!("../../../web/src/app.js")),
    ("/assets/style.css", "text/css; charset=utf-8", include_bytes!("../../../web/src/style.css")),
    (
        "/assets/echarts.min.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../../../web/node_modules/echarts/dist/echarts.min.js"),
    ),
    (
        "/assets/topojson-client.min.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../../../web/node_modules/topojson-client/dist/topojson-client.min.js"),
    ),
    (
        "/assets/countries-110m.json",
        "application/json",
        include_bytes!("../../../web/node_modules/world-atlas/countries-110m.json"),
    ),
    // The licences of the embedded libraries and data (Apache-2.0 asks for its NOTICE too).
    (
        "/assets/licenses/echarts.txt",
        "text/plain; charset=utf-8",
        include_bytes!("../../../web/node_modules/echarts/LICENSE"),
    ),
    (
        "/assets/licenses/echarts-notice.txt",
        "text/plain; charset=utf-8",
        include_bytes!("../../../web/node_modules/echarts/NOTICE"),
    ),
    (
        "/assets/licenses/zrender.txt",
        "text/plain; charset=utf-8",
        include_bytes!("../../../web/node_modules/zrender/LICENSE"),
    ),
    (
        "/assets/licenses/topojson-client.txt",
        "text/plain; charset=utf-8",
        include_bytes!("../../../web/node_modules/topojson-client/LICENSE"),
    ),
    (
        "/assets/licenses/world-atlas.txt",
        "text/plain; charset=utf-8",
        include_bytes!("../../../web/node_modules/world-atlas/LICENSE"),
    ),
];

pub fn routes() -> Router {
    let mut r = Router::new();
    for &(path, kind, bytes) in FILES {
        r = r.route(
            path,
            get(move || async move {
                let mut resp = Response::new(Body::from(bytes));
                resp.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(kind));
                resp
            }),
        );
    }
    r
}
