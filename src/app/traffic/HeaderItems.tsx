/** The Traffic button in the header: load flow logs (Zeek conn.log, CSV) to check against the conduits. */

import { useRef } from 'react';
import { useDrawerOpen } from '../shell/panels';
import { FileInput } from '../ui/FileInput';
import { HeaderButton } from '../ui/HeaderButton';
import { useTraffic } from './traffic-store';

export function TrafficHeaderItems() {
  const open = useDrawerOpen('traffic');
  const hasFiles = useTraffic((s) => s.files.length > 0);
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <HeaderButton
        label="Traffic"
        title="Check observed traffic (Zeek conn.log, flow CSV) against the documented conduits"
        glyph={['M3 12h4l3-7 4 14 3-7h4']}
        pressed={open}
        activeClass="bg-rose-600 text-white hover:bg-rose-700"
        onClick={() => {
          if (open) useTraffic.getState().setOpen(false);
          else if (hasFiles) openPanel();
          else input.current?.click();
        }}
      />
      <FileInput
        ref={input}
        multiple
        accept=".log,.json,.ndjson,.csv,.txt,text/plain,text/csv,application/json"
        className="hidden"
        aria-label="Flow files to load"
        data-testid="traffic-file"
        onFiles={(files) => {
          openPanel();
          void useTraffic.getState().load(files);
        }}
      />
    </>
  );
}

/** Drawers on the right share the space: opening this one closes the others (shell/panels.ts). */
export function openPanel() {
  useTraffic.getState().setOpen(true);
}
