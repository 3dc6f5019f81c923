// A drill host connection as React state: connects, sends `hello` (join, rejoin or trainer), feeds
// every message to a reducer, and reconnects (with `again()` as the hello) if the line drops.
// `lost` says when it has given up coming back.
import { useEffect, useReducer, useRef, useState } from 'react';
import type { ClientMessage, ServerMessage } from '../protocol';
import { reconnectDelay } from '../reconnect';
import { DrillConnection } from './connection';

export function useHost<S>(address: string, hello: () => ClientMessage, reducer: (s: S, m: ServerMessage) => S, initial: S, done: (s: S) => boolean) {
  const [state, dispatch] = useReducer(reducer, initial);
  const [lost, setLost] = useState(false);
  const conn = useRef<DrillConnection | undefined>(undefined);
  const finished = useRef(false);
  finished.current = done(state);
  const helloRef = useRef(hello);
  helloRef.current = hello;

  useEffect(() => {
    let stopped = false;
    let tries = 0;
    let timer: NodeJS.Timeout | undefined;
    const connect = async () => {
      try {
        const c = await DrillConnection.open(address);
        if (stopped) return c.close();
        tries = 0;
        conn.current = c;
        c.on(dispatch);
        c.onClose(() => {
          if (!stopped && !finished.current) retry();
        });
        c.send(helloRef.current());
      } catch {
        retry();
      }
    };
    const retry = () => {
      if (stopped) return;
      const wait = reconnectDelay(tries++);
      if (wait === undefined) return setLost(true);
      timer = setTimeout(() => void connect(), wait);
    };
    void connect();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      conn.current?.close();
    };
  }, [address]);

  return { state, lost, send: (m: ClientMessage) => conn.current?.send(m) };
}
