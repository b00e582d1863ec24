/**
 * A click on a link to another page waits while changes are being written (hold-navigation.ts),
 * then follows it; links it must leave alone are left alone. DOM classes are stood in for: the
 * unit tests run in Node.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { holdLinksWhile } from '~/adapters/storage/hold-navigation';

class FakeElement {
  closest(selector: string): FakeElement | null {
    void selector;
    return this instanceof FakeAnchor ? this : null;
  }
}
class FakeAnchor extends FakeElement {
  target = '';
  constructor(
    readonly href: string,
    private readonly download = false,
  ) {
    super();
  }
  hasAttribute(name: string): boolean {
    return name === 'download' && this.download;
  }
}

interface Click {
  button: number;
  defaultPrevented: boolean;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  target: unknown;
  preventDefault: () => void;
}

function setUp(busy: boolean) {
  let handler: ((event: Click) => void) | null = null;
  const assign = vi.fn();
  vi.stubGlobal('Element', FakeElement);
  vi.stubGlobal('HTMLAnchorElement', FakeAnchor);
  vi.stubGlobal('location', {
    origin: 'https://site.test',
    pathname: '/assessments/',
    search: '',
    assign,
  });
  vi.stubGlobal('document', {
    addEventListener: (_type: string, h: (event: Click) => void) => (handler = h),
    removeEventListener: () => (handler = null),
  });
  let done: () => void = () => undefined;
  const stop = holdLinksWhile(
    () => busy,
    () => new Promise<void>((resolve) => (done = resolve)),
  );
  const click = (target: unknown, extra: Partial<Click> = {}) => {
    const event: Click = {
      button: 0,
      defaultPrevented: false,
      metaKey: false,
      ctrlKey: false,
      shiftKey: false,
      altKey: false,
      target,
      preventDefault: vi.fn(),
      ...extra,
    };
    handler?.(event);
    return event.preventDefault as ReturnType<typeof vi.fn>;
  };
  return { click, assign, finish: () => done(), stop };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('holdLinksWhile', () => {
  it('holds a click on a link to another page until the writes are done, then follows it', async () => {
    const { click, assign, finish } = setUp(true);
    const held = click(new FakeAnchor('https://site.test/results/?id=a'));
    expect(held).toHaveBeenCalled();
    expect(assign).not.toHaveBeenCalled();
    finish();
    await vi.waitFor(() => expect(assign).toHaveBeenCalledWith('https://site.test/results/?id=a'));
  });

  it.each<[string, unknown, Partial<Click>]>([
    ['another site', new FakeAnchor('https://elsewhere.test/'), {}],
    ['a place on this page', new FakeAnchor('https://site.test/assessments/#list'), {}],
    ['a download', new FakeAnchor('https://site.test/file.json', true), {}],
    ['a new tab', Object.assign(new FakeAnchor('https://site.test/x/'), { target: '_blank' }), {}],
    ['not a link', new FakeElement(), {}],
    ['a text node', {}, {}],
    ['a middle click', new FakeAnchor('https://site.test/x/'), { button: 1 }],
    ['a click with Ctrl', new FakeAnchor('https://site.test/x/'), { ctrlKey: true }],
    [
      'a click an island handled',
      new FakeAnchor('https://site.test/x/'),
      { defaultPrevented: true },
    ],
  ])('leaves %s alone', (_name, target, extra) => {
    const { click } = setUp(true);
    expect(click(target, extra)).not.toHaveBeenCalled();
  });

  it('leaves every link alone when nothing is being written, or once stopped', () => {
    expect(setUp(false).click(new FakeAnchor('https://site.test/x/'))).not.toHaveBeenCalled();
    const { click, stop } = setUp(true);
    stop();
    expect(click(new FakeAnchor('https://site.test/x/'))).not.toHaveBeenCalled();
  });

  it('does nothing without a document', () => {
    vi.stubGlobal('document', undefined);
    expect(
      holdLinksWhile(
        () => true,
        () => Promise.resolve(),
      )(),
    ).toBeUndefined();
  });
});
