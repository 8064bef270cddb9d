/**
 * Deterministic synthetic plants for benchmarks, tests and demos at scale. A plant is a company
 * with enterprise IT, an external (vendor/cloud) zone and a central remote-access zone, plus sites;
 * each site has a DMZ, site operations, supervisory, a safety zone behind a data diode, process
 * areas holding cell zones, field zones nested in cells, and often an engineering (transient
 * laptop) zone and a wireless zone. Conduits carry real protocols; a few deliberate weaknesses
 * give the checker something to find. Counts match the size table exactly; the same size and
 * seed always give the same model.
 */
import { assetType } from '../catalog/asset-types';
import type { Asset, Conduit, Flow, Model, Position, Zone } from '../model/schema';
import { maxVector, normaliseSl, type SecurityLevel } from '../security-level';
import {
  CONTROLLER_PROTOCOL,
  PROFILES,
  type ProcessProfile,
  ROLE_WEIGHT,
  SITE_NAMES,
  TYPE_MIX,
  VENDOR_MODELS,
  type ZoneRole,
} from './catalog-mix';
import { createRandom, type Random } from './prng';

export type PlantSize = 'S' | 'M' | 'L' | 'XL';

export const PLANT_SIZES: Record<
  PlantSize,
  { zones: number; assets: number; conduits: number; sites: number }
> = {
  S: { zones: 10, assets: 100, conduits: 15, sites: 1 },
  M: { zones: 50, assets: 1_000, conduits: 120, sites: 4 },
  L: { zones: 200, assets: 5_000, conduits: 600, sites: 15 },
  XL: { zones: 1_000, assets: 20_000, conduits: 3_000, sites: 70 },
};

export const PLANT_SIZE_IDS = Object.keys(PLANT_SIZES) as PlantSize[];

export function isPlantSize(value: string): value is PlantSize {
  return Object.hasOwn(PLANT_SIZES, value);
}

/** Layout constants shared with the editor: asset nodes are 160×56, zones have a 40px header. */
const NODE_W = 160;
const NODE_H = 56;
const GAP = 20;
const PAD = 20;
const HEADER = 40;
const ZONE_GAP = 80;
const SITE_GAP = 200;

interface GenZone {
  zone: Zone;
  role: ZoneRole;
  site: Site | undefined;
  parent: GenZone | undefined;
  children: GenZone[];
  assets: Asset[];
}

interface Site {
  index: number;
  code: string;
  name: string;
  profile: ProcessProfile;
  zones: GenZone[];
  dmz: GenZone;
  ops: GenZone;
  sup: GenZone;
  safety: GenZone;
  areas: GenZone[];
  cells: GenZone[];
  fields: GenZone[];
  eng?: GenZone;
  wireless?: GenZone;
  /** How many extra zones this site has received (drives the recipe below). */
  extras: number;
  typeCounters: Map<string, number>;
}

/** The order in which a site grows beyond its fixed zones; then CYCLE repeats. */
const FIRST_EXTRAS: readonly ExtraKind[] = ['cell', 'cell', 'field', 'eng', 'cell', 'wireless', 'field'];
const CYCLE: readonly ExtraKind[] = ['cell', 'field', 'cell', 'field', 'area', 'cell', 'field'];
type ExtraKind = 'cell' | 'field' | 'eng' | 'wireless' | 'area';

const SL_OPS: SecurityLevel = [2, 2, 2, 2, 3, 2, 2];
const SL_SUP: SecurityLevel = [2, 2, 3, 2, 3, 2, 3];
const SL_SAFETY: SecurityLevel = [3, 3, 3, 2, 3, 2, 3];
const SL_CRITICAL_CELL: SecurityLevel = [2, 2, 3, 2, 2, 2, 3];

/** Deliberate weaknesses, as probabilities per element. */
const FLAWS = {
  zoneTargetMissing: 0.03,
  assetCapabilityShort: 0.02,
  assetCapabilityUnknown: 0.01,
  conduitCapabilityShort: 0.04,
  flowAnyPort: 0.03,
  flowsUndocumented: 0.02,
  /** Per site: an office PC in the control room, a laptop left in a cell. */
  businessPcInControlRoom: 0.15,
  laptopInCell: 0.1,
};

class PlantBuilder {
  readonly zones: GenZone[] = [];
  readonly conduits: Conduit[] = [];
  readonly sites: Site[] = [];
  private assetCount = 0;
  private conduitCount = 0;
  enterprise!: GenZone;
  external!: GenZone;
  remote!: GenZone;

  constructor(readonly rng: Random) {}

  addZone(id: string, name: string, role: ZoneRole, site: Site | undefined, parent?: GenZone): GenZone {
    const kind = (
      {
        enterprise: 'enterprise',
        external: 'external',
        remote: 'remote-access',
        dmz: 'dmz',
        ops: 'operations',
        sup: 'supervisory',
        eng: 'supervisory',
        safety: 'safety',
        area: 'control',
        cell: 'control',
        field: 'field',
        wireless: 'field',
      } as const
    )[role];
    const zone: Zone = { id, name, kind };
    const target = this.targetFor(role);
    if (target !== undefined && !this.rng.chance(FLAWS.zoneTargetMissing)) zone.slTarget = copySl(target);
    if (parent) zone.parentId = parent.zone.id;
    const gz: GenZone = { zone, role, site, parent, children: [], assets: [] };
    parent?.children.push(gz);
    this.zones.push(gz);
    site?.zones.push(gz);
    return gz;
  }

  private targetFor(role: ZoneRole): SecurityLevel | undefined {
    switch (role) {
      case 'external':
        return undefined;
      case 'enterprise':
        return 1;
      case 'ops':
        return SL_OPS;
      case 'sup':
        return SL_SUP;
      case 'safety':
        return SL_SAFETY;
      case 'cell':
        return this.rng.chance(0.4) ? SL_CRITICAL_CELL : 2;
      case 'field':
        return this.rng.chance(0.3) ? 1 : 2;
      default:
        return 2;
    }
  }

  addSite(index: number): Site {
    const code = `s${String(index + 1).padStart(2, '0')}`;
    const base = SITE_NAMES[index % SITE_NAMES.length]!;
    const round = Math.floor(index / SITE_NAMES.length);
    const name = round === 0 ? base : `${base} ${round + 1}`;
    const profile = PROFILES[index % PROFILES.length]!;
    const site = {
      index,
      code,
      name,
      profile,
      zones: [],
      areas: [],
      cells: [],
      fields: [],
      extras: 0,
    } as unknown as Site;
    site.typeCounters = new Map();
    site.dmz = this.addZone(`z-${code}-dmz`, `${name} – DMZ`, 'dmz', site);
    site.ops = this.addZone(`z-${code}-ops`, `${name} – Site operations`, 'ops', site);
    site.sup = this.addZone(`z-${code}-sup`, `${name} – Control room`, 'sup', site);
    site.safety = this.addZone(`z-${code}-sis`, `${name} – Safety system`, 'safety', site);
    this.addArea(site);
    this.sites.push(site);
    return site;
  }

  private addArea(site: Site): GenZone {
    const n = site.areas.length;
    const label = site.profile.areas[n % site.profile.areas.length]!;
    const suffix = n >= site.profile.areas.length ? ` ${Math.floor(n / site.profile.areas.length) + 1}` : '';
    const area = this.addZone(
      `z-${site.code}-area-${String(n + 1).padStart(2, '0')}`,
      `${site.name} – ${label} area${suffix}`,
      'area',
      site,
    );
    site.areas.push(area);
    return area;
  }

  /** One more zone for a site, following its growth recipe. */
  growSite(site: Site): void {
    const step =
      site.extras < FIRST_EXTRAS.length
        ? FIRST_EXTRAS[site.extras]!
        : CYCLE[(site.extras - FIRST_EXTRAS.length) % CYCLE.length]!;
    site.extras++;
    const kind: ExtraKind = step === 'field' && site.cells.length === 0 ? 'cell' : step;
    switch (kind) {
      case 'area':
        this.addArea(site);
        return;
      case 'eng':
        if (site.eng) {
          this.addCell(site);
          return;
        }
        site.eng = this.addZone(`z-${site.code}-eng`, `${site.name} – Engineering laptops`, 'eng', site);
        return;
      case 'wireless':
        if (site.wireless) {
          this.addCell(site);
          return;
        }
        site.wireless = this.addZone(
          `z-${site.code}-wifi`,
          `${site.name} – Wireless instruments`,
          'wireless',
          site,
        );
        return;
      case 'field': {
        // The cell with the fewest field zones gets the next one.
        let cell = site.cells[0]!;
        for (const c of site.cells) if (c.children.length < cell.children.length) cell = c;
        const n = site.fields.length + 1;
        const field = this.addZone(
          `z-${site.code}-field-${String(n).padStart(2, '0')}`,
          `${cell.zone.name.replace(`${site.name} – `, '')} field ${cell.children.length + 1}`,
          'field',
          site,
          cell,
        );
        site.fields.push(field);
        return;
      }
      default:
        this.addCell(site);
    }
  }

  private addCell(site: Site): void {
    const area = site.areas[site.areas.length - 1]!;
    const n = site.cells.length;
    const label = site.profile.cells[n % site.profile.cells.length]!;
    const suffix = n >= site.profile.cells.length ? ` ${Math.floor(n / site.profile.cells.length) + 1}` : '';
    const cell = this.addZone(
      `z-${site.code}-cell-${String(n + 1).padStart(2, '0')}`,
      `${label}${suffix} cell`,
      'cell',
      site,
      area,
    );
    site.cells.push(cell);
  }

  addAsset(gz: GenZone, type: string, extra?: Partial<Asset>): Asset {
    this.assetCount++;
    const info = assetType(type);
    const counterKey = `${gz.site?.code ?? 'g'}:${type}`;
    const counters = gz.site?.typeCounters ?? this.globalCounters;
    const k = (counters.get(counterKey) ?? 0) + 1;
    counters.set(counterKey, k);
    const [vendor, model] = this.rng.pick(VENDOR_MODELS[type] ?? [['Generic', 'Device']]);
    const asset: Asset = {
      id: `a-${String(this.assetCount).padStart(5, '0')}`,
      name: `${gz.site ? `${gz.site.code.toUpperCase()} ` : ''}${info.label} ${k}`,
      type,
      zoneId: gz.zone.id,
      vendor,
      model,
    };
    if (info.class !== 'business' || gz.role === 'enterprise') {
      const siteOctet = gz.site ? gz.site.index + 1 : 0;
      const zoneOctet =
        (gz.site ? gz.site.zones.indexOf(gz) : this.zones.indexOf(gz)) * 4 +
        Math.floor(gz.assets.length / 250);
      if (type !== 'sensor-actuator' && type !== 'safety-sensor' && type !== 'wireless-sensor')
        asset.addresses = [`10.${siteOctet % 256}.${zoneOctet % 256}.${(gz.assets.length % 250) + 2}`];
    }
    const target = gz.zone.slTarget;
    if (target !== undefined && target !== null) {
      if (info.class === 'iacs' && this.rng.chance(FLAWS.assetCapabilityShort))
        asset.slCapability = copySl(lowerAll(target));
      else if (!this.rng.chance(FLAWS.assetCapabilityUnknown)) asset.slCapability = copySl(target);
    }
    Object.assign(asset, extra);
    gz.assets.push(asset);
    return asset;
  }

  private readonly globalCounters = new Map<string, number>();

  /** A conduit whose SL-C meets its zones' targets, unless a deliberate flaw says otherwise. */
  addConduit(
    zones: readonly GenZone[],
    name: string,
    spec: Omit<Conduit, 'id' | 'name' | 'zoneIds' | 'slCapability' | 'flows'> & { flows: Flow[] },
  ): Conduit {
    this.conduitCount++;
    const conduit: Conduit = {
      id: `c-${String(this.conduitCount).padStart(4, '0')}`,
      name,
      zoneIds: zones.map((z) => z.zone.id),
      type: spec.type,
    };
    if (spec.direction) conduit.direction = spec.direction;
    const target = maxVector(zones.map((z) => z.zone.slTarget));
    const controls = [...(spec.controls ?? [])];
    if (target && (target[4] ?? 0) >= 3)
      for (const c of ['fail-close', 'island-mode']) if (!controls.includes(c)) controls.push(c);
    if (controls.length) conduit.controls = controls;
    if (target) {
      const capability = [...target];
      if (this.rng.chance(FLAWS.conduitCapabilityShort))
        capability[4] = Math.max(0, (capability[4] ?? 0) - 1);
      conduit.slCapability = copySl(normaliseSl(capability));
    }
    for (const flag of ['untrustedNetwork', 'remoteAccess', 'serviceProvider'] as const)
      if (spec[flag]) conduit[flag] = true;
    if (!this.rng.chance(FLAWS.flowsUndocumented)) {
      const flows = spec.flows.map((f) => ({ ...f }));
      if (flows.length && this.rng.chance(FLAWS.flowAnyPort)) {
        const f = flows[this.rng.int(0, flows.length - 1)]!;
        f.port = 'any';
        f.description = `${f.description ?? ''} (opened wide during commissioning)`.trim();
      }
      conduit.flows = flows;
    }
    if (spec.description) conduit.description = spec.description;
    this.conduits.push(conduit);
    return conduit;
  }
}

/** A fresh value for the model (vectors are never shared between elements). */
const copySl = (sl: SecurityLevel): number | number[] => (typeof sl === 'number' ? sl : [...sl]);

function lowerAll(sl: SecurityLevel): SecurityLevel {
  const v = typeof sl === 'number' ? [sl, sl, sl, sl, sl, sl, sl] : [...sl];
  return normaliseSl(v.map((x) => Math.max(0, x - 1)));
}

const flow = (from: GenZone, to: GenZone, protocol: string, port: number, description: string): Flow => ({
  from: from.zone.id,
  to: to.zone.id,
  protocol,
  port,
  description,
});

/** The protocol supervisory uses towards a cell, from the vendor of the cell's first PLC. */
function controllerProtocol(cell: GenZone): readonly [string, number] {
  const plc = cell.assets.find((a) => a.type === 'plc' || a.type === 'dcs-controller');
  return (plc?.vendor && CONTROLLER_PROTOCOL[plc.vendor]) || ['OPC UA', 4840];
}

// ---- zones ----

function buildZones(b: PlantBuilder, size: PlantSize): void {
  const { zones, sites } = PLANT_SIZES[size];
  b.enterprise = b.addZone('z-enterprise', 'Enterprise IT', 'enterprise', undefined);
  b.external = b.addZone('z-external', 'Vendors & cloud', 'external', undefined);
  b.remote = b.addZone('z-remote-access', 'Remote access', 'remote', undefined);
  for (let i = 0; i < sites; i++) b.addSite(i);
  let extra = zones - b.zones.length;
  if (extra < 0) throw new Error(`size ${size}: ${zones} zones cannot hold ${sites} sites`);
  for (let i = 0; extra > 0; i++, extra--) b.growSite(b.sites[i % b.sites.length]!);
}

// ---- assets ----

function weightedPick(rng: Random, mix: ReadonlyArray<readonly [string, number]>): string {
  const total = mix.reduce((s, [, w]) => s + w, 0);
  let r = rng.next() * total;
  for (const [type, w] of mix) {
    r -= w;
    if (r < 0) return type;
  }
  return mix[mix.length - 1]![0];
}

function buildAssets(b: PlantBuilder, size: PlantSize): void {
  const budget = PLANT_SIZES[size].assets;
  const holders = b.zones.filter((gz) => !(gz.role === 'area' && gz.children.length > 0));
  // Largest-remainder apportionment of the budget by role weight (with some jitter), at least one each.
  const weights = holders.map((gz) => {
    const base =
      gz.role === 'enterprise' ? ROLE_WEIGHT.enterprise * Math.sqrt(b.sites.length) : ROLE_WEIGHT[gz.role];
    return base * (0.7 + 0.6 * b.rng.next());
  });
  const total = weights.reduce((s, w) => s + w, 0);
  const rest = budget - holders.length;
  const shares = weights.map((w) => (w / total) * rest);
  const counts = shares.map((s) => 1 + Math.floor(s));
  let left = budget - counts.reduce((s, c) => s + c, 0);
  const order = shares
    .map((s, i) => [s - Math.floor(s), i] as const)
    .sort((x, y) => y[0] - x[0] || x[1] - y[1]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) counts[order[k]![1]]! += 1;

  holders.forEach((gz, i) => {
    const n = counts[i]!;
    const mix =
      gz.role === 'cell' && gz.site ? [...TYPE_MIX.cell, ...gz.site.profile.cellExtras] : TYPE_MIX[gz.role];
    // Controllers first so every cell has one; then the weighted mix.
    const first =
      gz.role === 'cell' || gz.role === 'area' ? 'plc' : gz.role === 'safety' ? 'sis-controller' : undefined;
    for (let k = 0; k < n; k++) b.addAsset(gz, k === 0 && first ? first : weightedPick(b.rng, mix));
  });

  // Deliberate zone-mixing findings: swap one asset's type in a few sites.
  for (const site of b.sites) {
    if (b.rng.chance(FLAWS.businessPcInControlRoom) && site.sup.assets.length > 1) {
      const a = site.sup.assets[site.sup.assets.length - 1]!;
      Object.assign(a, {
        type: 'office-workstation',
        name: `${site.code.toUpperCase()} Shift office PC`,
        vendor: 'Dell',
        model: 'OptiPlex 7010',
      });
      delete a.slCapability;
    }
    const cell = site.cells[0];
    if (cell && cell.assets.length > 1 && b.rng.chance(FLAWS.laptopInCell)) {
      const a = cell.assets[cell.assets.length - 1]!;
      Object.assign(a, {
        type: 'maintenance-laptop',
        name: `${site.code.toUpperCase()} Forgotten laptop`,
        vendor: 'Dell',
        model: 'Latitude 5430 Rugged',
      });
      delete a.slCapability;
      delete a.addresses;
    }
  }
}

// ---- conduits ----

function buildConduits(b: PlantBuilder, size: PlantSize): void {
  const budget = PLANT_SIZES[size].conduits;
  const { enterprise, external, remote } = b;
  b.addConduit([external, remote], 'Vendor remote access', {
    type: 'filtering',
    controls: ['firewall', 'vpn', 'mfa', 'jump-host', 'session-recording', 'access-approval', 'logging'],
    untrustedNetwork: true,
    remoteAccess: true,
    serviceProvider: true,
    flows: [
      flow(external, remote, 'IPsec IKEv2', 500, 'Vendor VPN'),
      flow(external, remote, 'HTTPS', 443, 'Session approval portal'),
    ],
  });
  b.addConduit([enterprise, remote], 'Staff remote access', {
    type: 'filtering',
    controls: ['firewall', 'mfa', 'logging'],
    flows: [flow(enterprise, remote, 'HTTPS', 443, 'RD Gateway to the jump hosts')],
  });

  for (const s of b.sites) {
    b.addConduit([enterprise, s.dmz], `${s.name} IT/OT boundary`, {
      type: 'filtering',
      controls: ['firewall', 'ids', 'logging'],
      flows: [
        flow(enterprise, s.dmz, 'HTTPS', 443, 'Reports from the historian mirror'),
        flow(s.dmz, enterprise, 'HTTPS', 443, 'Patch downloads through the proxy'),
      ],
    });
    b.addConduit([s.dmz, s.ops], `${s.name} DMZ to operations`, {
      type: 'filtering',
      controls: ['firewall', 'deep-packet-inspection', 'ids'],
      flows: [
        flow(s.ops, s.dmz, 'PI-to-PI replication', 5450, 'Historian mirror'),
        flow(s.ops, s.dmz, 'HTTPS (WSUS)', 8531, 'Approved patches'),
      ],
    });
    b.addConduit([s.ops, s.sup], `${s.name} operations to control room`, {
      type: 'filtering',
      controls: ['firewall', 'ids'],
      flows: [
        flow(s.ops, s.sup, 'OPC UA', 4840, 'Historian collection'),
        flow(s.sup, s.ops, 'LDAPS', 636, 'Operator logins'),
        flow(s.sup, s.ops, 'SMB', 445, 'Nightly backups'),
      ],
    });
    b.addConduit([remote, s.sup], `${s.name} jump host sessions`, {
      type: 'filtering',
      controls: ['firewall', 'session-recording', 'logging'],
      flows: [flow(remote, s.sup, 'RDP', 3389, 'Jump host to HMIs and engineering workstation')],
    });
    b.addConduit([s.safety, s.sup], `${s.name} SIS status (data diode)`, {
      type: 'unidirectional',
      controls: ['data-diode'],
      flows: [flow(s.safety, s.sup, 'Modbus/TCP', 502, 'Trip status replicated across the diode')],
    });
    for (const area of s.areas) {
      const members = area.children.length ? area.children : [area];
      b.addConduit(
        [s.sup, ...members],
        `${s.name} control room to ${area.zone.name.replace(`${s.name} – `, '')}`,
        {
          type: 'filtering',
          controls: ['firewall', 'deep-packet-inspection', 'ids'],
          flows: members.map((cell) => {
            const [protocol, port] = controllerProtocol(cell);
            return flow(s.sup, cell, protocol, port, `SCADA to ${cell.zone.name}`);
          }),
        },
      );
    }
    for (const cell of s.cells) {
      if (cell.children.length === 0) continue;
      b.addConduit([cell, ...cell.children], `${cell.zone.name} I/O network`, {
        type: 'filtering',
        controls: ['firewall'],
        flows: cell.children.flatMap((field) => [
          flow(cell, field, 'EtherNet/IP I/O', 2222, 'Implicit I/O'),
          flow(field, cell, 'HART-IP', 5094, 'Instrument diagnostics'),
        ]),
      });
    }
    if (s.eng && s.cells.length) {
      const targets = s.cells.slice(0, 4);
      b.addConduit([s.eng, ...targets], `${s.name} maintenance laptop access`, {
        type: 'filtering',
        controls: ['firewall', 'access-approval', 'logging'],
        flows: targets.map((cell) => {
          const [protocol, port] = controllerProtocol(cell);
          return flow(s.eng!, cell, protocol, port, 'Programming under a work permit');
        }),
      });
    }
    if (s.wireless)
      b.addConduit([s.wireless, s.sup], `${s.name} wireless gateway uplink`, {
        type: 'gateway',
        controls: ['firewall', 'encryption'],
        flows: [
          flow(s.sup, s.wireless, 'Modbus/TCP', 502, 'SCADA polls the gateway'),
          flow(s.sup, s.wireless, 'HTTPS', 443, 'Gateway management'),
        ],
      });
  }
  if (b.conduits.length > budget)
    throw new Error(`size ${size}: ${b.conduits.length} conduits needed, budget ${budget}`);

  // Fill the budget with the extra links real sites accumulate.
  const extras: Array<(s: Site) => boolean> = [
    (s) => {
      if (s.cells.length < 2) return false;
      const a = b.rng.pick(s.cells);
      const c = b.rng.pick(s.cells.filter((x) => x !== a));
      b.addConduit([a, c], `${a.zone.name} ↔ ${c.zone.name} interlock`, {
        type: 'filtering',
        controls: ['firewall'],
        flows: [flow(a, c, 'Modbus/TCP', 502, 'Interlock signals')],
      });
      return true;
    },
    (s) => {
      const cell = s.cells.length ? b.rng.pick(s.cells) : s.areas[0]!;
      const [protocol, port] = controllerProtocol(cell);
      b.addConduit([s.sup, cell], `${s.name} direct HMI link to ${cell.zone.name}`, {
        type: 'filtering',
        controls: ['firewall'],
        flows: [flow(s.sup, cell, protocol, port, 'Local HMI panel')],
      });
      return true;
    },
    (s) => {
      const cell = s.cells.length ? b.rng.pick(s.cells) : s.areas[0]!;
      b.addConduit([s.ops, cell], `${s.name} historian collector for ${cell.zone.name}`, {
        type: 'filtering',
        controls: ['firewall', 'ids'],
        flows: [flow(s.ops, cell, 'OPC UA', 4840, 'Direct historian collection')],
      });
      return true;
    },
    (s) => {
      if (s.fields.length === 0) return false;
      const field = b.rng.pick(s.fields);
      const cell = field.parent!;
      b.addConduit([cell, field], `${field.zone.name} drive network`, {
        type: 'filtering',
        controls: ['firewall'],
        flows: [flow(cell, field, 'PROFINET', 34964, 'Drive parameters')],
      });
      return true;
    },
    (s) => {
      if (b.sites.length < 2) return false;
      const other = b.rng.pick(b.sites.filter((x) => x !== s));
      b.addConduit([s.ops, other.ops], `${s.name} ↔ ${other.name} WAN replication`, {
        type: 'filtering',
        controls: ['firewall', 'vpn', 'encryption'],
        untrustedNetwork: true,
        flows: [flow(s.ops, other.ops, 'PI-to-PI replication', 5450, 'Fleet-wide historian')],
      });
      return true;
    },
    (s) => {
      b.addConduit([s.dmz, external], `${s.name} telemetry to the cloud`, {
        type: 'filtering',
        direction: 'forward',
        controls: ['firewall', 'encryption'],
        untrustedNetwork: true,
        flows: [flow(s.dmz, external, 'MQTT over TLS', 8883, 'Tank levels and energy data')],
      });
      return true;
    },
  ];
  let guard = 0;
  while (b.conduits.length < budget) {
    const site = b.sites[guard % b.sites.length]!;
    b.rng.pick(extras)(site);
    if (++guard > budget * 50) throw new Error('could not reach the conduit budget');
  }
}

// ---- layout ----

interface Size {
  width: number;
  height: number;
}

/** Sizes a zone and positions its assets and child zones relative to it (React Flow sub-flows). */
function layoutZone(gz: GenZone, positions: Record<string, Position>): Size {
  const n = gz.assets.length;
  const cols = n === 0 ? 0 : Math.min(n, Math.max(2, Math.ceil(Math.sqrt(n * 2))));
  const rows = cols === 0 ? 0 : Math.ceil(n / cols);
  gz.assets.forEach((a, i) => {
    positions[a.id] = {
      x: PAD + (i % cols) * (NODE_W + GAP),
      y: HEADER + Math.floor(i / cols) * (NODE_H + GAP),
    };
  });
  const gridW = cols ? cols * NODE_W + (cols - 1) * GAP : 0;
  const gridH = rows ? rows * NODE_H + (rows - 1) * GAP : 0;
  let childX = 0;
  let childH = 0;
  const childTop = HEADER + gridH + (gridH ? GAP : 0);
  for (const child of gz.children) {
    const s = layoutZone(child, positions);
    positions[child.zone.id] = { x: PAD + childX, y: childTop, ...s };
    childX += s.width + GAP;
    childH = Math.max(childH, s.height);
  }
  const childW = childX ? childX - GAP : 0;
  const width = Math.max(2 * NODE_W + GAP, gridW, childW) + 2 * PAD;
  const height = childTop + (childH || (gridH ? 0 : NODE_H)) + PAD;
  return { width, height };
}

/** Lays out rows of top-level zones (centred), returning the block's size. */
function layoutRows(
  rows: GenZone[][],
  origin: { x: number; y: number },
  positions: Record<string, Position>,
): Size {
  const sized = rows.map((row) => row.map((gz) => ({ gz, size: layoutZone(gz, positions) })));
  const rowWidth = (row: (typeof sized)[number]) =>
    row.reduce((s, { size }) => s + size.width, 0) + Math.max(0, row.length - 1) * ZONE_GAP;
  const width = Math.max(...sized.map(rowWidth));
  let y = origin.y;
  for (const row of sized) {
    if (row.length === 0) continue;
    let x = origin.x + Math.round((width - rowWidth(row)) / 2);
    for (const { gz, size } of row) {
      positions[gz.zone.id] = { x, y, ...size };
      x += size.width + ZONE_GAP;
    }
    y += Math.max(...row.map((r) => r.size.height)) + ZONE_GAP;
  }
  return { width, height: y - origin.y - ZONE_GAP };
}

function buildLayout(b: PlantBuilder): Record<string, Position> {
  const positions: Record<string, Position> = {};
  // Sites in a grid, each a Purdue stack from DMZ (top) to cells and safety (bottom).
  const perRow = Math.max(1, Math.ceil(Math.sqrt(b.sites.length)));
  const blocks: Array<{ site: Site; size: Size; rows: GenZone[][] }> = b.sites.map((s) => {
    const rows = [
      [s.dmz],
      [s.ops],
      s.eng ? [s.eng, s.sup] : [s.sup],
      [...s.areas, s.safety, ...(s.wireless ? [s.wireless] : [])],
    ];
    return { site: s, rows, size: layoutRows(rows, { x: 0, y: 0 }, {}) };
  });
  const topRow = [b.external, b.enterprise, b.remote];
  const gridWidth = Math.max(
    ...Array.from({ length: Math.ceil(blocks.length / perRow) }, (_, r) =>
      blocks.slice(r * perRow, (r + 1) * perRow).reduce((s, blk) => s + blk.size.width + SITE_GAP, -SITE_GAP),
    ),
  );
  const top = layoutRows([topRow], { x: 0, y: 0 }, {});
  layoutRows([topRow], { x: Math.max(0, Math.round((gridWidth - top.width) / 2)), y: 0 }, positions);
  let y = top.height + SITE_GAP;
  for (let r = 0; r * perRow < blocks.length; r++) {
    const row = blocks.slice(r * perRow, (r + 1) * perRow);
    let x = 0;
    for (const blk of row) {
      layoutRows(blk.rows, { x, y }, positions);
      x += blk.size.width + SITE_GAP;
    }
    y += Math.max(...row.map((blk) => blk.size.height)) + SITE_GAP;
  }
  return positions;
}

/** A synthetic plant of the given size; the same size and seed always give the same model. */
export function generatePlant(size: PlantSize, seed = 1): Model {
  if (!isPlantSize(size))
    throw new Error(`unknown plant size "${String(size)}"; use one of ${PLANT_SIZE_IDS.join(', ')}`);
  const b = new PlantBuilder(createRandom(seed));
  buildZones(b, size);
  buildAssets(b, size);
  buildConduits(b, size);
  const positions = buildLayout(b);
  const { sites } = PLANT_SIZES[size];
  return {
    format: 'ot-zones',
    version: 1,
    meta: {
      name: `Synthetic plant ${size} (seed ${seed})`,
      site: sites === 1 ? b.sites[0]!.name : `${sites} sites`,
      description:
        'Generated by "ot-zones generate" for benchmarks and tests: realistic structure, invented names, a few deliberate findings.',
      author: 'ot-zones generator',
    },
    zones: b.zones.map((gz) => gz.zone),
    assets: b.zones.flatMap((gz) => gz.assets),
    conduits: b.conduits,
    diagram: { positions },
  };
}
