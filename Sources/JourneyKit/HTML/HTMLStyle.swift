/// The HTML page's style sheet, inline: readable from a phone to a laptop (the table scrolls
/// sideways on a narrow screen, its first column stays in view), cells tinted by emotion, and a
/// print style for A4 or A3 landscape that keeps cells, rows and stage sections whole where it can.
enum HTMLStyle {
    static let sheet: StaticString = """
        :root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --paper: #ffffff;
          --m2: #f8d0cc; --m1: #fbe3d3; --z: #f3f4f6; --p1: #dff3e1; --p2: #c3ebc9; }
        * { box-sizing: border-box; }
        body { margin: 0 auto; max-width: 1600px; padding: 1rem; color: var(--ink); background: var(--paper);
          font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        h1 { font-size: 1.6rem; margin: 0 0 .5rem; overflow-wrap: anywhere; }
        h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; border-bottom: 1px solid var(--line); }
        h3 { font-size: 1.05rem; margin: 0 0 .4rem; overflow-wrap: anywhere; }
        h4 { font-size: .9rem; margin: .6rem 0 .2rem; color: var(--muted); }
        dl.about { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0; }
        dl.about dt { font-weight: 600; }
        dl.about dd { margin: 0; overflow-wrap: anywhere; }
        .curve-wrap, .table-wrap { overflow-x: auto; -webkit-overflow-scrolling: touch; }
        svg { max-width: 100%; height: auto; font: 12px system-ui, sans-serif; }
        svg .axis line.grid { stroke: var(--line); stroke-width: 1; }
        svg .axis line.zero { stroke: var(--muted); stroke-width: 1.2; }
        svg .axis text, svg .stage-names text { fill: var(--muted); }
        svg .line { stroke-width: 3; stroke-linejoin: round; }
        svg .line.primary { stroke: #0969da; }
        svg .line.comparison { stroke: #bf3989; stroke-dasharray: 8 5; }
        svg .points.primary circle { fill: #0969da; }
        svg .points.comparison circle { fill: #ffffff; stroke: #bf3989; stroke-width: 2; }
        svg .points text { fill: var(--ink); font-weight: 600; }
        .curve-legend .key { display: inline-block; width: 2rem; vertical-align: middle; border-top: 3px solid #0969da; }
        .curve-legend .key.comparison { border-top: 3px dashed #bf3989; margin-left: 1rem; }
        table { border-collapse: collapse; width: 100%; min-width: 36rem; table-layout: fixed; }
        th, td { border: 1px solid var(--line); padding: .45rem .5rem; vertical-align: top; text-align: left;
          overflow-wrap: anywhere; font-size: .9rem; }
        thead th { background: #eef1f4; position: sticky; top: 0; }
        tbody th, tfoot th { background: #f6f8fa; position: sticky; left: 0; width: 10rem; }
        th .channel { display: block; font-weight: normal; color: var(--muted); font-size: .8rem; }
        td p { margin: 0 0 .3rem; }
        td .emotion .score { font-weight: 600; }
        td .items .label { font-size: .75rem; text-transform: uppercase; letter-spacing: .03em; color: var(--muted); margin: .3rem 0 0; }
        td ul, .stage ul { margin: 0; padding-left: 1.1rem; }
        .attributes, .where { color: var(--muted); }
        .e-m2 { background: var(--m2); } .e-m1 { background: var(--m1); } .e-0 { background: var(--z); }
        .e-p1 { background: var(--p1); } .e-p2 { background: var(--p2); } .e-none { background: var(--paper); }
        tfoot td { font-weight: 600; }
        .legend { color: var(--muted); font-size: .85rem; }
        .stages { display: grid; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); gap: 1rem; }
        .stages h2 { grid-column: 1 / -1; }
        .stage { border: 1px solid var(--line); border-radius: 6px; padding: .7rem; }
        @media (max-width: 40rem) {
          body { padding: .5rem; font-size: 14px; }
          tbody th, tfoot th { width: 7rem; }
        }
        @page { size: landscape; margin: 10mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 9pt; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          .curve-wrap, .table-wrap { overflow: visible; }
          table { min-width: 0; }
          th, td { font-size: 8pt; padding: 3pt 4pt; }
          thead { display: table-header-group; }
          thead th, tbody th, tfoot th { position: static; }
          tr, td, th, .stage, .curve { break-inside: avoid; page-break-inside: avoid; }
          h2, h3 { break-after: avoid; }
          .stages { display: block; }
          .stage { margin-bottom: 6pt; }
        }

        """
}
