// The slice of plotly.js the studio uses (plotly.js-dist-min ships no types).
declare module 'plotly.js-dist-min' {
  const Plotly: {
    react(el: HTMLElement, data: object[], layout: object, config?: object): Promise<void>;
    purge(el: HTMLElement): void;
  };
  export default Plotly;
}
