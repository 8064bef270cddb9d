/** The shared document's layout (src/domain/collab) as the binding's codec. */
import { isEmptyDoc } from '../../domain/collab/layout';
import { ModelProjection } from '../../domain/collab/read';
import { writeModel } from '../../domain/collab/write';
import type { DocCodec } from './binding';

export const codec: DocCodec = {
  write(doc, model, previous, origin) {
    writeModel(doc, model, { previous: previous ?? undefined, origin });
  },
  reader(doc) {
    const projection = new ModelProjection(doc);
    return {
      read() {
        const { model, repairs } = projection.read();
        return { model, repairs: repairs.map((r) => r.message) };
      },
      destroy: () => projection.destroy(),
    };
  },
  isEmpty: isEmptyDoc,
};
