//! `make build`'s second step, after `trunk build --release`: writes every
//! published page as static HTML, rendered by the app's own components
//! (`resultaten::prerender`). No browser.
//!
//! ```sh
//! cargo run --bin prerender -- dist
//! SITE_URL=https://www.example.org/resultaten/ cargo run --bin prerender -- dist
//! ```
//!
//! `SITE_URL`, the address where `dist/` is published, puts the addresses
//! handed to readers (canonical and `hreflang` links, copied links, CSV
//! and SVG sources, embed snippets) under it; without it they follow the
//! address each page is read from.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::process::ExitCode;
    let dist = std::env::args().nth(1).unwrap_or_else(|| "dist".into());
    let site = match resultaten::prerender::site_url(&std::env::var("SITE_URL").unwrap_or_default())
    {
        Ok(site) => site,
        Err(e) => {
            eprintln!("prerender: {e}");
            return ExitCode::from(2);
        }
    };
    match resultaten::prerender::build(std::path::Path::new(&dist), site.as_deref()) {
        Ok(report) => {
            let (embeds, pages): (Vec<_>, Vec<_>) = report.pages.iter().partition(|p| p.embed);
            for p in &pages {
                println!("prerender: {} ({:.1} kB)", p.path, p.bytes as f64 / 1000.0);
            }
            let embed_bytes: usize = embeds.iter().map(|p| p.bytes).sum();
            println!(
                "prerender: {} pages and {} embed pages ({:.1} kB) in {:.2} s",
                pages.len(),
                embeds.len(),
                embed_bytes as f64 / 1000.0,
                report.seconds
            );
            match &report.site {
                Some(site) => println!("prerender: addresses for readers under SITE_URL {site}"),
                None => println!(
                    "prerender: SITE_URL unset: fine to test, but a published build needs SITE_URL=https://…/ \
                     (without it the pages name no canonical or hreflang address, which search engines \
                     require absolute, and the addresses handed to readers follow the address each page is read from)"
                ),
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
